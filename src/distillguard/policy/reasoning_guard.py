"""Detect prompts that try to extract chain-of-thought / reasoning traces; strip reasoning blocks.

Two halves, either of which can flag:

1. regex features (guard_features.py): score = logistic(bias + Σ weights of the features that
   fire), weights fitted on the dev split of the labelled set (guard_train.py → guard_weights.json).
   Precise, explainable (it names technique families), but all-or-nothing per phrasing.
2. the learned task-shape model (distillguard.monitor.task_shape): p(reasoning_trace) from hashed
   char/word n-grams, which generalises to paraphrases and other languages the regexes miss.
   Its threshold was set on grouped out-of-fold scores so it adds ≤ 0.03 % ShareGPT FPR and
   flags none of the written hard negatives.

Which learned half (`LEARNED`, a policy file's `reasoning_guard.learned`; `CHOICES`): "images" by
default (`DEFAULT_LEARNED`, since blind batch 2026-12-07u) — "metaphors" whose fit also read 160
groups through images the first metaphor set did not use (100 asks, half of them in nine other
languages, and 60 benign image-rich requests), its threshold from a stricter out-of-fold ShareGPT
target (0.015% instead of 0.03%: at 0.03% it flagged twice as many ShareGPT prompts as "metaphors" on
2026-12-07t), with the floor at 0.02. "metaphors" (the default for p–u) is "followups" whose fit also
read 100 metaphor-styled labelled groups (asks for the hidden process through an image from another
domain that never name reasoning, and benign metaphor-rich requests). "followups"
(the default for o and p) is "turns" whose fit also read 100 follow-up-styled labelled groups (asks
for the hidden reasoning written as later chat messages, and benign follow-ups). "turns" (the default
for n and o) is "unmask" whose fit also read the design part of ShareGPT's later human turns as
benign (short follow-ups such as "Complete your output" were read as asks for the reasoning by fits
that only ever saw first turns),
with a regex floor of 0.015; it also learned to pass follow-up-styled asks (n: 259 against 268).
"unmask" (the default for g–l) is the task-shape recipe fitted with 150 more phrasing groups
("more"), whose p(reasoning_trace) also gates the regex half on Latin-script prompts ("gated"),
applied to the prompt and to a second view of it with its disguises undone (`deobfuscate.view`:
leetspeak, letters spelled one by one, full-width letters, zero-width characters, base64), the
higher score counting. The gate: on a Latin-script prompt a regex flag counts only where that
probability is at least the floor (0.02), because the regexes are all-or-nothing per phrasing (one
cue can flag a whole class of students or writers) while the learned half reads the whole prompt; a
prompt with letters of another script keeps the regex half whole, because the learned half scores
code-switched extraction prompts (an English task, a Korean instruction) low. "more" is the fit
without gate or view; "default" is the first fit, which the monitor's evidences read (its frozen
models were calibrated on it; the name is kept for policy files that chose it).

On blind batches no one had read when each step was chosen (docs/policy.md has the rules): "more"
caught 269, 291, 258, 280, 258 and 284 of 300 extraction prompts against the first fit's 240,
250, 199, 230, 247 and 270; "gated" caught 284 (as "more") with 3 hard negatives against 5; on
batch g "unmask" caught 270 against "gated"'s 241, at the same 3 hard negatives and no student, and
on h 288 (96.0%), as "gated" and "more", against the first fit's 246, on i 284 against 269, 269
and 254, on j 300 (as "gated" and "more"; first fit 271) and on k, with the regex half's wider
non-English cues (docs/policy.md, step 12), 283 against 272 without them ("gated" and "more" 268, first
fit 242), and on l 300 ("gated" and "more" 285, first fit 251). On m "turns" caught 248 against
"unmask"'s 249 at the same 2 hard negatives and no student, and flagged 4 of the 24,744 later turns
no fit read (the test part) against 10, 1 of the held-out reference slice's 2,201 against 2 and 2 of
the sim half's 7,175 against 5; on n 259 against 268 (two follow-up-styled phrasings lost) and on o
269 against 269. "followups" caught 270 on o ("turns" 269) at 2 hard negatives and no student, and
flagged 5 of the 34,120 ShareGPT prompts no part of its fit read ("turns" 7, "unmask" 17). On p
"metaphors" caught 266 against "followups"' 241, at the same 5 hard negatives, no student, no benign
follow-up, and 5 of those 34,120 prompts against 5; on q, written after it shipped, 286 (95.3%) against
"followups"' 264 and "unmask"'s 251, at 4 hard negatives, no student and no benign follow-up; on r
257 and on s 252 (85.7% and 84.0%; "followups" 237 and 235), on t 282 (94.0%) and on u 288. "images" caught 293
of u against "metaphors"' 288, at the same 3 hard negatives, no student, no benign follow-up, and 6 of those
34,120 prompts against 5 (on t, at its first threshold, 297 against 282 but 11 of them: not shipped); on v,
w, x and y, written after it shipped, 248, 260, 242 and 288 (86.5% pooled; "metaphors" 235, 253, 235 and 284).

The reported score is max(regex score, learned score mapped onto the regex scale so that the
learned threshold lands exactly on the regex threshold): `score >= threshold ⇔ flagged` still
holds, which the policy engine relies on when a policy file overrides the threshold.

Two knobs, because they trade differently. `threshold` (a policy's `reasoning_guard.threshold`) moves
both halves, and every prompt's regex score starts at the regex model's bias (`regex_base_score`, about
0.027 against 0.05), so at or under that it flags every prompt (`check_threshold` refuses such a value).
`learned_threshold` (a policy's `reasoning_guard.learned_threshold`) is the p(reasoning_trace) the
learned half flags from, the regex half kept as fitted: the knob that trades recall on unseen phrasings
for benign flags, measured per value on the spent blind batches by `bench/guard_operating_curve.py`
(docs/policy.md, "Operating points"). None means the fit's own, out-of-fold threshold.

Cost on the gateway's request path (it runs on the event loop, once per message): `classify`
scores one prompt with the task-shape model's one-text fast path (`probabilities_one`, the same
numbers as the batch path at about half the cost) and remembers the last `RECENT_MAX` results
keyed by a BLAKE2b digest of the prompt (not the prompt itself: prompts can be large), because a
conversation resends its system prompt and earlier turns with every request. `classify_many`
batches large lists (the monitor) and scores short ones (one request's messages) one by one
through that cache. A prompt's result never depends on which path computed it.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

from distillguard.policy.deobfuscate import view
from distillguard.policy.guard_features import FEATURE_FAMILIES, FEATURE_NAMES, extract

WEIGHTS_FILE = "guard_weights.json"
_CACHE_MAX = 100_000
RECENT_MAX = 4096  # classify's remembered results (~0.3 KB each)
_SMALL = 16  # classify_many scores lists up to this long one by one (through the cache)


@dataclass
class GuardResult:
    score: float
    flagged: bool
    families: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
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


LEARNED_FAMILY = "learned"  # family reported when only the task-shape model fired
UNMASKED_FAMILY = "obfuscated"  # added when the flag came from the prompt with its disguises undone


class Choice(NamedTuple):
    """A policy's choice of learned half (`reasoning_guard.learned`)."""

    fit: str  # its task-shape fit (`task_shape.FITS`)
    regex_floor: float  # on a Latin-script prompt a regex flag counts only where p(reasoning_trace) >= this
    unmask: bool = False  # also score the prompt with its disguises undone (`deobfuscate.view`)


REGEX_FLOOR = 0.02  # "gated", "unmask", "followups", "metaphors", "images" (blind batch 2026-12-06f; docs/policy.md, steps 7, 16, 18, 22)
# "turns": its fit scores benign text lower, so at 0.02 the floor cleared two of the guard's held-out
# code-switched templates (a standing test allows one); 0.015 is the highest floor tried (0.02, 0.015,
# 0.01, 0.008, 0.005) that keeps to one, chosen on design data before blind batch 2026-12-06m was read
# (bench/guard_floor_search.py)
TURNS_REGEX_FLOOR = 0.015

CHOICES: dict[str, Choice] = {
    "default": Choice("default", 0.0),
    "more": Choice("more", 0.0),
    "gated": Choice("more", REGEX_FLOOR),
    "unmask": Choice("more", REGEX_FLOOR, unmask=True),
    # "unmask" whose learned half also read the design part of ShareGPT's later turns (candidate T)
    "turns": Choice("turns", TURNS_REGEX_FLOOR, unmask=True),
    # "turns" whose fit also read 100 follow-up-styled groups (candidate F); its floor by the same search
    # as "turns"': 0.02 keeps the standing test (one held-out template cleared)
    "followups": Choice("followups", REGEX_FLOOR, unmask=True),
    # "followups" whose fit also read 100 metaphor-styled groups (candidate W); the same search gave 0.02
    # (one held-out template cleared at 0.02, 0.015 and 0.01, none at 0.008)
    "metaphors": Choice("metaphors", REGEX_FLOOR, unmask=True),
    # "metaphors" whose fit also read 160 groups through images the first set did not use, its threshold from
    # a stricter out-of-fold target (candidates Z and Z2); the floor search gave 0.02 again
    "images": Choice("images", REGEX_FLOOR, unmask=True),
}
LEARNED = tuple(CHOICES)  # the learned-half choices a policy may name (`reasoning_guard.learned`)
DEFAULT_LEARNED = "images"  # the choice when a policy names none (since blind batch 2026-12-07u; "metaphors" p–u,
#                               "followups" o–p, "turns" n–o, "unmask" g–m)


def _weights_file(learned: str) -> str:
    """The task-shape weights file of a `LEARNED` choice (ValueError for any other)."""
    if learned not in LEARNED:
        raise ValueError(f"learned must be one of {LEARNED}, not {learned!r}")
    return _weights_files()[learned]


@lru_cache(maxsize=1)
def _weights_files() -> dict[str, str]:
    """`LEARNED` choice → weights file (imported on first use: the task-shape module is heavy)."""
    from distillguard.monitor.task_shape import FITS

    return {name: FITS[choice.fit].weights_file for name, choice in CHOICES.items()}


_CHUNK = 8192  # prompts per batched call of the learned model in classify_many


def _logit(p: float) -> float:
    p = min(max(p, 1e-12), 1.0 - 1e-12)
    return math.log(p / (1.0 - p))


@lru_cache(maxsize=4)
def _learned_offset(learned: str = DEFAULT_LEARNED) -> float:
    """Added to logit(p_reasoning_trace) so the learned threshold maps onto the regex threshold."""
    from distillguard.monitor.task_shape import model as shape_model

    return _logit(model().threshold) - _logit(shape_model(_weights_file(learned)).guard_threshold)


def _offset(learned: str, learned_threshold: float | None) -> float:
    """The learned half's offset: the fit's own threshold's, or one that puts `learned_threshold` there."""
    return _learned_offset(learned) if learned_threshold is None else _threshold_offset(learned_threshold)


@lru_cache(maxsize=32)
def _threshold_offset(learned_threshold: float) -> float:
    """The offset for a learned threshold a policy sets: checked and computed once per value, not per prompt."""
    return _logit(model().threshold) - _logit(check_learned_threshold(learned_threshold))


def check_learned_threshold(value: float) -> float:
    """A learned-half threshold must be a probability strictly between 0 and 1 (ValueError otherwise):
    at 0 the learned half would flag every prompt, at 1 none."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 < value < 1.0:
        raise ValueError(f"learned_threshold must be a number strictly between 0 and 1, not {value!r}")
    return float(value)


def regex_base_score() -> float:
    """The lowest score the regex half can give a prompt: its bias plus every negative weight (the
    features guard_train fits non-positive; none fires on most prompts). A guard threshold at or under
    it flags every prompt, whatever either half reads."""
    m = model()
    return 1.0 / (1.0 + math.exp(-(m.bias + sum(min(w, 0.0) for w in m.weights))))


def check_threshold(value: float) -> float:
    """A policy's guard threshold must sit above the regex half's floor score (ValueError otherwise)."""
    base = regex_base_score()
    if value <= base:
        raise ValueError(f"{value!r} would flag every prompt: the regex half scores each at least {base:.4f}; "
                         "to flag more prompts lower reasoning_guard.learned_threshold instead")
    return value


def latin_only(prompt: str) -> bool:
    """Every letter of the prompt is in the Latin script (digits, punctuation and symbols aside):
    where the learned half's hashed n-grams were trained on nearly every phrasing, so its verdict
    may overrule the regexes (`CHOICES`' floor). A code-switched prompt — an English task with a
    Chinese or Korean instruction — is scored low by it and caught by the regexes. Reads each
    distinct character once (a long prompt has few)."""
    if prompt.isascii():
        return True
    return all(_is_latin(c) for c in set(prompt) if c.isalpha())


@lru_cache(maxsize=4096)
def _is_latin(char: str) -> bool:
    return unicodedata.name(char, "").startswith("LATIN ")


def _score(fired: list[int], m: GuardModel, p_learned: float, learned: str, prompt: str,
           learned_threshold: float | None = None) -> GuardResult:
    """Both halves on one prompt: its fired regex features, the learned half's p(reasoning_trace)
    (0 for no prompt), the `LEARNED` choice (its weights' threshold and its regex floor), the
    prompt itself (the floor applies to Latin-script prompts only; "" has no letters, so counts as
    Latin) and the learned half's threshold where a policy sets one (None: the fit's)."""
    if fired and p_learned < CHOICES[learned].regex_floor and latin_only(prompt):
        fired = []  # the learned half all but rules the prompt out: its regex cues do not count
    z = m.bias + sum(m.weights[i] for i in fired)
    regex_score = 1.0 / (1.0 + math.exp(-z))
    z_learned = _logit(p_learned) + _offset(learned, learned_threshold) if p_learned > 0.0 else -50.0
    learned_score = 1.0 / (1.0 + math.exp(-z_learned))
    score = max(regex_score, learned_score)
    flagged = score >= m.threshold
    if not flagged:
        return GuardResult(round(score, 6), False, [])
    families = sorted({FEATURE_FAMILIES[i] for i in fired if FEATURE_FAMILIES[i] and m.weights[i] > 0})
    if learned_score >= m.threshold and (regex_score < m.threshold or not families):
        families.append(LEARNED_FAMILY)
    return GuardResult(round(score, 6), True, families)


def _higher(plain: GuardResult, unmasked: GuardResult) -> GuardResult:
    """The prompt's result, or its unmasked view's where that scores higher (named as such)."""
    if unmasked.score <= plain.score:
        return plain
    families = [*unmasked.families, UNMASKED_FAMILY] if unmasked.flagged else []
    return GuardResult(unmasked.score, unmasked.flagged, families)


def _no_nul(prompt: str) -> str:
    """NUL is the task-shape batch path's document separator: score it as a space."""
    return prompt.replace("\x00", " ") if "\x00" in prompt else prompt


def _p_learned(prompts: list[str], learned: str = DEFAULT_LEARNED) -> list[float]:
    from distillguard.monitor.task_shape import SHAPES, classify_shapes

    scores: list[float] = classify_shapes([_no_nul(p) for p in prompts], _weights_file(learned))[
        :, SHAPES.index("reasoning_trace")].tolist()
    return scores


@lru_cache(maxsize=1)
def _reasoning_column() -> int:
    from distillguard.monitor.task_shape import SHAPES

    return SHAPES.index("reasoning_trace")


def _p_learned_one(prompt: str, learned: str = DEFAULT_LEARNED) -> float:
    from distillguard.monitor.task_shape import probabilities_one

    return float(probabilities_one(_no_nul(prompt), _weights_file(learned))[_reasoning_column()])


class _Recent:
    """A bounded, thread-safe LRU of guard results keyed by a digest of the prompt. Entries are
    immutable tuples: each caller gets its own GuardResult."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[bytes, tuple[float, bool, tuple[str, ...]]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: bytes) -> tuple[float, bool, tuple[str, ...]] | None:
        with self._lock:
            hit = self._data.get(key)
            if hit is not None:
                self._data.move_to_end(key)
            return hit

    def put(self, key: bytes, value: tuple[float, bool, tuple[str, ...]]) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        return len(self._data)


_recent = _Recent(RECENT_MAX)


def _digest(prompt: str, learned: str = DEFAULT_LEARNED, learned_threshold: float | None = None) -> bytes:
    salt = b"" if learned == "default" else learned.encode() + b"\x00"  # one cache, keyed per weights
    if learned_threshold is not None:  # and per learned threshold a policy sets
        salt += repr(float(learned_threshold)).encode() + b"\x01"
    return hashlib.blake2b(salt + prompt.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def classify(prompt: str, learned: str = DEFAULT_LEARNED, learned_threshold: float | None = None) -> GuardResult:
    """Score one prompt (~60 µs uncached for a short prompt, ~2 µs when seen recently); flagged
    results name the extraction technique families seen (``learned`` when only the task-shape
    model fired). `learned` picks the learned half's weights (`LEARNED`); `learned_threshold` the
    p(reasoning_trace) its learned half flags from (None: the fit's own)."""
    prompt = prompt or ""
    if learned_threshold is not None:
        check_learned_threshold(learned_threshold)
    key = _digest(prompt, learned, learned_threshold)
    hit = _recent.get(key)
    if hit is None:
        result = _score(extract(prompt), model(), _p_learned_one(prompt, learned) if prompt else 0.0, learned, prompt,
                        learned_threshold)
        if CHOICES[learned].unmask and (unmasked := view(prompt)) is not None:
            result = _higher(result, _score(extract(unmasked), model(), _p_learned_one(unmasked, learned),
                                            learned, unmasked, learned_threshold))
        _recent.put(key, (result.score, result.flagged, tuple(result.families)))
        return result
    return GuardResult(hit[0], hit[1], list(hit[2]))


def classify_many(prompts: list[str], learned: str = DEFAULT_LEARNED,
                  learned_threshold: float | None = None) -> list[GuardResult]:
    """Score many prompts (identical prompts scored once: campaigns repeat templates); the learned
    model runs batched over each chunk's new prompts, which is what keeps the monitor fast. A
    short list (one request's messages) goes through `classify` and its cache instead. The
    monitor's CoT evidence uses the default weights, the ones its frozen models were fitted on."""
    _weights_file(learned)  # refuse an unknown name before any work
    if learned_threshold is not None:
        check_learned_threshold(learned_threshold)
    if len(prompts) <= _SMALL:
        return [classify(p, learned, learned_threshold) for p in prompts]
    m = model()
    cache: dict[str, GuardResult] = {}
    out: list[GuardResult] = []
    for lo in range(0, len(prompts), _CHUNK):
        chunk = [p or "" for p in prompts[lo:lo + _CHUNK]]
        new = [p for p in dict.fromkeys(chunk) if p not in cache and p]
        unmasked = {p: v for p in new if (v := view(p)) is not None} if CHOICES[learned].unmask else {}
        seen = set(new)
        scored = new + [v for v in dict.fromkeys(unmasked.values()) if v not in seen]
        p_new = dict(zip(scored, _p_learned(scored, learned), strict=True)) if scored else {}
        if len(cache) + len(new) > _CACHE_MAX:  # bounded memory on millions of unique prompts
            cache.clear()
        for prompt in chunk:
            result = cache.get(prompt)
            if result is None:
                result = _score(extract(prompt), m, p_new.get(prompt, 0.0), learned, prompt, learned_threshold)
                if prompt in unmasked:
                    v = unmasked[prompt]
                    result = _higher(result, _score(extract(v), m, p_new[v], learned, v, learned_threshold))
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
