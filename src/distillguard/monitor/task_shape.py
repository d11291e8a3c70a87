"""Task-shape classifier: which kind of distillation-data request a prompt looks like.

Classes (`SHAPES`): ``benign`` plus six request shapes that harvest training data from a model —
``reasoning_trace`` (coercing full chain-of-thought), ``rubric_grading`` (model as judge /
reward model), ``censorship_rewrite`` (rewrite sensitive content into a "safe" version),
``tool_use_transcript`` (agent / function-call trajectories), ``synthetic_dataset`` (N
instruction/response pairs, Q&A sets, JSONL) and ``other_harvesting`` (fixed JSON schemas for
"dataset item 123", chosen/rejected pairs, many samples of one answer …).

Why this model. The regex guard is pattern-like: a phrasing either hits a cue or is missed
entirely. A linear model over hashed character n-grams (3–5, across word boundaries; 2 between
non-ASCII letters, which CJK needs) plus word unigrams/bigrams generalises across paraphrases,
spelling, inflection and scripts (zh/ru/es need no tokeniser) while staying cheap. Hashing is
done with NumPy over a whole batch at once (polynomial rolling hashes + a 64-bit mixer) instead
of scikit-learn's per-document Python analyzer, which is what makes ≥ 20k prompts/s per core
possible; scikit-learn only fits the multinomial logistic regression (`train`). Features =
counts / √(number of n-grams), identical at fit and score time.

Why shipped weights (``data/task_shape_weights.json``, int8-quantised, zlib + base64) rather than
training at first use: the gateway imports this on its request path, must start offline and
quickly, and must not depend on the ShareGPT package at run time; `train()` refits
deterministically from ``data/task_shapes.json`` + ShareGPT "reference" prompts
(``python -m distillguard.monitor.task_shape``) and a test checks the shipped file matches.

Six weight files. ``data/task_shape_weights.json`` is fitted on ``data/task_shapes.json`` alone:
the monitor's task-shape and CoT evidences read it, and every frozen monitor model was calibrated
on them, so it does not move. ``data/task_shape_weights_more.json`` is the same recipe fitted with
the 150 phrasing groups of ``data/task_shapes_more.json`` as well (``python -m
distillguard.monitor.task_shape --fit more``): the reasoning guard's choices "unmask", "gated" and
"more" (the default from blind batch 2026-12-06d to m). ``..._turns.json`` also fits the design part of
ShareGPT's later human turns as benign (`sharegpt_later_turns`; the guard's "turns", default for n
and o), ``..._followups.json`` those and ``data/task_shapes_followups.json``'s follow-up-styled
groups too (the guard's "followups", default for o and p), and ``..._metaphors.json`` those and
``data/task_shapes_metaphors.json``'s metaphor-styled groups too (the guard's "metaphors", default
for p–u), and ``..._images.json`` those and ``data/task_shapes_images.json``'s groups through other
images too, its threshold from a stricter out-of-fold target (the guard's default "images" since u).
docs/policy.md gives the blind figures and the rules that decided each; `FITS` names them all.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import random
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

SHAPES: tuple[str, ...] = (
    "benign",
    "reasoning_trace",
    "rubric_grading",
    "censorship_rewrite",
    "tool_use_transcript",
    "synthetic_dataset",
    "other_harvesting",
)
BENIGN = 0
DATA_FILE = "data/task_shapes.json"
WEIGHTS_FILE = "data/task_shape_weights.json"
WEIGHTS_PATH = Path(__file__).parent / WEIGHTS_FILE
MORE_DATA_FILE = "data/task_shapes_more.json"  # 150 more phrasing groups (a helper, 2026-12-06)
MORE_WEIGHTS_FILE = "data/task_shape_weights_more.json"  # fitted with them too: the guard's default fit
TURNS_WEIGHTS_FILE = "data/task_shape_weights_turns.json"  # "more" + later turns' design part (2026-12-06)
FOLLOWUPS_DATA_FILE = "data/task_shapes_followups.json"  # 100 follow-up-styled groups (a helper, 2026-12-06)
FOLLOWUPS_WEIGHTS_FILE = "data/task_shape_weights_followups.json"  # "turns" + them
METAPHORS_DATA_FILE = "data/task_shapes_metaphors.json"  # 100 metaphor-styled groups (a helper, 2026-12-07)
METAPHORS_WEIGHTS_FILE = "data/task_shape_weights_metaphors.json"  # "followups" + them
IMAGES_DATA_FILE = "data/task_shapes_images.json"  # 160 groups through other images (a helper, 2026-12-07)
IMAGES_WEIGHTS_FILE = "data/task_shape_weights_images.json"  # "metaphors" + them

GUARD_TARGET_FPR = 0.0003  # ShareGPT benign FPR the guard's learned half may add (out of fold)


@dataclass(frozen=True)
class Fit:
    """One fit of the one recipe: its weights file and the labelled files fitted beside DATA_FILE."""

    weights_file: str
    data_files: tuple[str, ...] = ()
    later_turns: bool = False  # also fit the design part of ShareGPT's later human turns as benign
    guard_target_fpr: float = GUARD_TARGET_FPR  # out-of-fold ShareGPT FPR its guard threshold keeps


# The reasoning guard's `learned` choices are these names. (Two more fits were not kept, docs/policy.md:
# "wider", 355 more groups, lost to "more" on blind batch 2026-12-06d; "multi", 230 more groups, most in
# non-Latin scripts, lost to "unmask" on 2026-12-06h. Their data: bench/data/guard_*_phrasings.json.)
FITS: dict[str, Fit] = {
    "default": Fit(WEIGHTS_FILE),
    "more": Fit(MORE_WEIGHTS_FILE, (MORE_DATA_FILE,)),
    "turns": Fit(TURNS_WEIGHTS_FILE, (MORE_DATA_FILE,), later_turns=True),
    "followups": Fit(FOLLOWUPS_WEIGHTS_FILE, (MORE_DATA_FILE, FOLLOWUPS_DATA_FILE), later_turns=True),
    "metaphors": Fit(METAPHORS_WEIGHTS_FILE, (MORE_DATA_FILE, FOLLOWUPS_DATA_FILE, METAPHORS_DATA_FILE),
                     later_turns=True),
    # at 0.0003 out of fold (threshold 0.884) it flagged 11 of the 34,120 ShareGPT prompts no fit read on blind
    # batch 2026-12-07t against "metaphors"' 5; 0.00015 (0.911) is the strictest target tried that still
    # catches more of the spent batches than "metaphors" (`bench/guard_threshold_search.py`, design data)
    "images": Fit(IMAGES_WEIGHTS_FILE,
                  (MORE_DATA_FILE, FOLLOWUPS_DATA_FILE, METAPHORS_DATA_FILE, IMAGES_DATA_FILE), later_turns=True,
                  guard_target_fpr=0.00015),
}

BITS = 17  # 131k hashed buckets: 7 × 2^17 weights fit < 1 MB quantised
HEAD, TAIL = 400, 200  # instructions sit at either end of a prompt; bounds cost of huge prompts
BATCH = 1024  # documents hashed per NumPy pass (bounds temporary memory)
VARIANTS = 12  # expansions per positive template
NEG_VARIANTS = 8  # expansions per hard-negative template
C = 4.0  # inverse L2 strength: on the payload-neutral set 4 beat 1 on held-out payload probes
#          and on held-out ShareGPT FPR
BENIGN_TRAIN_FRACTION = 0.7  # of ShareGPT "reference"; the rest is the held-out FPR slice

_U64 = np.uint64
_B = _U64(0x100000001B3)
_BINV = _U64(pow(0x100000001B3, -1, 2**64))
_M1, _M2, _S33 = _U64(0xFF51AFD7ED558CCD), _U64(0xC4CEB9FE1A85EC53), _U64(33)
_SHIFT = _U64(64 - BITS)
_SALT = tuple(_U64((k * 0x9E3779B97F4A7C15) & (2**64 - 1)) for k in range(8))
_ALNUM = np.zeros(128, dtype=bool)
for _ch in "abcdefghijklmnopqrstuvwxyz0123456789":
    _ALNUM[ord(_ch)] = True
_MAXLEN = BATCH * (HEAD + TAIL + 8) + 8
with np.errstate(over="ignore"):
    _POW = np.concatenate([[_U64(1)], np.cumprod(np.full(_MAXLEN, _B, dtype=np.uint64))])
    _PINV = np.concatenate([[_U64(1)], np.cumprod(np.full(_MAXLEN, _BINV, dtype=np.uint64))])


def normalise(text: str) -> str:
    """Lower-case, collapse whitespace, keep head + tail: case and spacing never change a score."""
    t = " ".join((text or "").lower().split())
    if len(t) > HEAD + TAIL:
        t = t[:HEAD] + " " + t[-TAIL:]
    return t


def _mix(h: np.ndarray) -> np.ndarray:
    """murmur3 finaliser: the polynomial hash's low bits are weak, the top BITS after this are not."""
    h = h ^ (h >> _S33)
    h *= _M1
    h ^= h >> _S33
    h *= _M2
    h ^= h >> _S33
    return h


def _hash_batch(docs: list[str]) -> list[tuple[np.ndarray, np.ndarray]]:
    """(doc index, bucket) arrays per feature type for normalised docs, each sorted by doc index.

    All docs are joined with a NUL separator and hashed in one pass: char n-grams by a rolling
    polynomial hash, words (alnum runs; any non-ASCII char counts as alnum) by prefix sums.
    """
    joined = " " + " \x00 ".join(docs) + " "
    c = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n_chars = len(c)
    sep = c == 0
    doc_at = np.concatenate([[0], np.cumsum(sep)])  # doc_at[i] = separators before position i
    out: list[tuple[np.ndarray, np.ndarray]] = []
    with np.errstate(over="ignore"):
        h = c[:-2] + c[1:-1] * _POW[1] + c[2:] * _POW[2]
        for n in (3, 4, 5):
            if n > 3:
                h = h[:-1] + c[n - 1:] * _POW[n - 1]
            m = max(n_chars - n + 1, 0)
            idx = np.flatnonzero(doc_at[n:n + m] == doc_at[:m])  # no separator inside the n-gram
            out.append((doc_at[idx], _mix(h[idx] + _SALT[n]) >> _SHIFT))
        word = _ALNUM[np.minimum(c, 127).astype(np.intp)] | (c >= 128)
        edges = np.diff(word.astype(np.int8), prepend=np.int8(0), append=np.int8(0))
        start, end = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
        prefix = np.concatenate([[_U64(0)], np.cumsum(c * _POW[:n_chars])])
        hw = _mix((prefix[end] - prefix[start]) * _PINV[start] + _SALT[6])
        wdoc = doc_at[start]
        out.append((wdoc, hw >> _SHIFT))
        same = np.flatnonzero(wdoc[1:] == wdoc[:-1])
        hb = _mix(hw[:-1][same] * _M2 + hw[1:][same] + _SALT[7])
        out.append((wdoc[1:][same], hb >> _SHIFT))
        # Character bigrams of non-ASCII letters only: a CJK sentence is one "word" and its 3-5
        # grams are too specific to generalise across paraphrases; ASCII text is unaffected.
        wide = c >= 128
        idx = np.flatnonzero(wide[:-1] & wide[1:])
        h2 = c[idx] + c[idx + 1] * _POW[1]
        out.append((doc_at[idx], _mix(h2 + _SALT[2]) >> _SHIFT))
    return out


def featurize(texts: list[str]):
    """Sparse (n, 2^BITS) float32 matrix: n-gram counts / √(n-grams in the doc). For training."""
    import scipy.sparse as sp

    rows, cols = [], []
    for lo in range(0, len(texts), BATCH):
        docs = [normalise(t) for t in texts[lo:lo + BATCH]]
        for r, col in _hash_batch(docs):
            rows.append(r.astype(np.int64) + lo)
            cols.append(col.astype(np.int64))
    r = np.concatenate(rows) if rows else np.zeros(0, np.int64)
    col = np.concatenate(cols) if cols else np.zeros(0, np.int64)
    count = np.bincount(r, minlength=len(texts)).astype(np.float64)
    vals = (1.0 / np.sqrt(np.maximum(count, 1.0)))[r]
    x = sp.csr_matrix((vals, (r, col)), shape=(len(texts), 1 << BITS), dtype=np.float32)
    x.sum_duplicates()
    return x


@dataclass(frozen=True)
class ShapeModel:
    weights_t: np.ndarray  # (n_classes, 2^BITS) float32, class-major for fast gathers
    bias: np.ndarray  # (n_classes,)
    guard_threshold: float  # reasoning_trace probability the gateway guard flags at


def _decision(texts: list[str], m: ShapeModel) -> np.ndarray:
    """Linear scores (n, n_classes) in batches, without building a sparse matrix."""
    k = len(SHAPES)
    out = np.empty((len(texts), k))
    for lo in range(0, len(texts), BATCH):
        docs = [normalise(t) for t in texts[lo:lo + BATCH]]
        n = len(docs)
        hashed = _hash_batch(docs)
        r = np.concatenate([h[0] for h in hashed]).astype(np.intp)
        col = np.concatenate([h[1] for h in hashed]).astype(np.intp)
        count = np.bincount(r, minlength=n).astype(np.float64)
        tot = np.empty((n, k))
        for j in range(k):  # same summation order per doc whatever the batch: batch == single
            tot[:, j] = np.bincount(r, weights=m.weights_t[j][col], minlength=n)
        out[lo:lo + n] = tot / np.sqrt(np.maximum(count, 1.0))[:, None] + m.bias
    return out


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


@lru_cache(maxsize=4)
def model(weights_file: str = WEIGHTS_FILE) -> ShapeModel:
    """Shipped weights (int8 per class with a float scale; see `encode_weights`): by default the
    ones the monitor reads; another fit's (`FITS`) for the guard's other choices."""
    if weights_file not in {f.weights_file for f in FITS.values()}:
        raise ValueError(f"unknown task-shape weights {weights_file!r}")
    data = json.loads(resources.files("distillguard.monitor").joinpath(weights_file).read_text("utf-8"))
    if tuple(data["shapes"]) != SHAPES or data["bits"] != BITS:
        raise RuntimeError(f"{weights_file} does not match this code: rerun python -m distillguard.monitor.task_shape")
    q = np.frombuffer(zlib.decompress(base64.b64decode(data["weights_int8"])), dtype=np.int8)
    q = q.reshape(len(SHAPES), 1 << BITS)
    scale = np.asarray(data["scale"], dtype=np.float32)[:, None]
    weights_t = np.ascontiguousarray(q.astype(np.float32) * scale)
    return ShapeModel(weights_t, np.asarray(data["bias"], dtype=np.float64), float(data["guard_threshold"]))


def classify_shapes(texts: list[str], weights_file: str = WEIGHTS_FILE) -> np.ndarray:
    """Class probabilities, shape (len(texts), len(SHAPES)), columns in `SHAPES` order."""
    if not texts:
        return np.zeros((0, len(SHAPES)))
    return _softmax(_decision([t or "" for t in texts], model(weights_file)))


def top_shapes(texts: list[str]) -> list[tuple[str, float]]:
    """Per text, the most probable non-benign shape and its probability (whatever benign's is):
    the monitor aggregates these per account, so it wants the shape even when it is not argmax."""
    p = classify_shapes(texts)
    if not len(p):
        return []
    j = p[:, 1:].argmax(axis=1) + 1
    return [(SHAPES[k], float(p[i, k])) for i, k in enumerate(j)]


# --------------------------------------------------------------------------- one prompt, fast
# The gateway scores one prompt per request on its event loop, where `_decision`'s batch
# machinery (separator masks, seven gathers from class-major rows, np.diff with padding) costs
# ~100 µs for a short prompt. `probabilities_one` computes the same numbers for one text with
# fewer, fused NumPy operations and one gather from a feature-major copy of the weights (seven
# class weights per bucket in one cache line). Bit-identical to `classify_shapes([text])[0]`:
# same hashes, the same float32 weights summed sequentially in float64 in the same feature order
# (3-, 4-, 5-grams, words, word bigrams, non-ASCII character bigrams), the same softmax;
# tests/test_reasoning_guard_fast.py checks that on hundreds of prompts.


@lru_cache(maxsize=4)
def _feature_major(weights_file: str = WEIGHTS_FILE) -> np.ndarray:
    """(2^BITS, n_classes) float32: the shipped weights, one row per hashed bucket."""
    return np.ascontiguousarray(model(weights_file).weights_t.T)


_WORDCHAR = np.concatenate([_ALNUM, [True]])  # index 128 stands for every non-ASCII char
_PINV_NEXT = _PINV[1:]  # _PINV_NEXT[i] = _PINV[i + 1]
_SALT_3_4_5_W = np.array([_SALT[3], _SALT[4], _SALT[5], _SALT[6]], dtype=np.uint64)


def _buckets_one(doc: str) -> np.ndarray:
    """Hashed buckets (uint64) of one normalised doc without NUL, in `_hash_batch`'s feature
    order, from the same hashes computed with as few NumPy calls as possible (each costs about a
    microsecond whatever the size of a short prompt's arrays)."""
    c32 = np.frombuffer((" " + doc + " ").encode("utf-32-le"), dtype=np.uint32)
    word = _WORDCHAR[np.minimum(c32, 128)]
    c = c32.astype(np.uint64)  # integer array arithmetic wraps mod 2^64, as in _hash_batch
    h3 = c[:-2] + c[1:-1] * _POW[1] + c[2:] * _POW[2]
    h4 = h3[:-1] + c[3:] * _POW[3]
    h5 = h4[:-1] + c[4:] * _POW[4]
    # The doc is padded with spaces, so the changes of `word` alternate start, end: a word
    # spans positions e_s + 1 .. e_e (inclusive) for consecutive change indices e_s, e_e, and
    # its hash is (prefix[e_e + 1] - prefix[e_s + 1]) * _PINV[e_s + 1] with prefix = cumsum.
    edge = np.flatnonzero(word[1:] != word[:-1])
    e_s, e_e = edge[::2], edge[1::2]
    cs = np.cumsum(c * _POW[:len(c)])
    raw_w = (cs[e_e] - cs[e_s]) * _PINV_NEXT[e_s]
    raw = np.concatenate([h3, h4, h5, raw_w])
    raw += np.repeat(_SALT_3_4_5_W, (len(h3), len(h4), len(h5), len(raw_w)))
    mixed = _mix(raw)
    hw = mixed[len(mixed) - len(raw_w):]
    hb = _mix(hw[:-1] * _M2 + hw[1:] + _SALT[7])
    wide = c32 >= 128
    idx = np.flatnonzero(wide[:-1] & wide[1:])
    h2 = _mix(c[idx] + c[idx + 1] * _POW[1] + _SALT[2])
    out = np.concatenate([mixed, hb, h2])
    out >>= _SHIFT
    return out


def probabilities_one(text: str, weights_file: str = WEIGHTS_FILE) -> np.ndarray:
    """Class probabilities of one text, shape (len(SHAPES),): exactly `classify_shapes([text])[0]`
    at a fraction of the per-call cost (the gateway's request path). NUL is the batch path's
    document separator, so a text holding one is refused here (the caller replaces it)."""
    doc = normalise(text)
    if "\x00" in doc:  # `_hash_batch`'s document separator: the batch path cannot score it either
        raise ValueError("a text with a NUL character cannot be scored")
    col = _buckets_one(doc)
    # Summed down the rows: NumPy accumulates a reduction over a non-contiguous axis row by
    # row, the same sequential float64 order as `_decision`'s bincount (pairwise summation is
    # only used along the contiguous axis); an empty prompt sums to zeros, the bias alone.
    tot = _feature_major(weights_file)[col].astype(np.float64).sum(axis=0)
    z = tot / math.sqrt(max(len(col), 1)) + model(weights_file).bias
    e = np.exp(z - z.max())  # `_softmax` on one row
    probabilities: np.ndarray = e / e.sum()
    return probabilities


def reasoning_trace_probability(text: str) -> float:
    """p(reasoning_trace) for one prompt: the gateway guard's learned half (~0.1–0.2 ms)."""
    return float(classify_shapes([text])[0, SHAPES.index("reasoning_trace")])


# --------------------------------------------------------------------------- labelled set


@dataclass(frozen=True)
class Labelled:
    text: str
    label: int  # index into SHAPES
    group: str  # phrasing group (template id / "sharegpt:<k>"): CV never splits a group
    source: str  # "template" | "hard_negative" | "sharegpt"


@lru_cache(maxsize=1)
def spec() -> dict:
    return json.loads(resources.files("distillguard.monitor").joinpath(DATA_FILE).read_text("utf-8"))


_SLOT = re.compile(r"\{(\w+)\}")

# Payload-neutral slots. Real harvesting prompts carry arbitrary payloads (code, product copy, a
# chatbot's answer) after the instruction; if positives only ever carried class-typical payloads
# (`{political}` passages for rewrites) the model would learn the payload, not the instruction.
# So `{any_prompt}` / `{any_answer}` draw ShareGPT user prompts / assistant answers of the *train*
# half, cut to 40–1,500 chars, and the class-typical slots below are swapped for one of them in
# PAYLOAD_SHARE of fills, for benign hard negatives too: every class sees the same payloads.
PAYLOAD_SLOTS = ("any_prompt", "any_answer")
PAYLOAD_ALIAS = {"problem": "any_prompt", "response": "any_answer", "document": "any_answer",
                 "political": "any_answer"}
PAYLOAD_SHARE = 0.5
PAYLOAD_MIN, PAYLOAD_MAX = 40, 1500


def fill(template: str, slots: dict[str, list[str]], rng: random.Random) -> str:
    """Fill {slot} names that exist in `slots`; other braces are literal ({{ }} → { }). A slot
    named in PAYLOAD_ALIAS takes an arbitrary payload instead in PAYLOAD_SHARE of fills (when
    `slots` holds the payload slots)."""
    def one(mt: re.Match[str]) -> str:
        name = mt.group(1)
        if name not in slots:
            return mt.group(0)
        alias = PAYLOAD_ALIAS.get(name)
        if alias in slots and rng.random() < PAYLOAD_SHARE:
            name = alias
        return rng.choice(slots[name])

    return _SLOT.sub(one, template).replace("{{", "{").replace("}}", "}")


def expand(template: str, n: int, seed: str, data: dict | None = None) -> list[str]:
    """`n` distinct fills of one template, some wrapped in chatty context or after a document."""
    data = data or spec()
    slots = {**data["slots"], **payload_slots()}
    rng = random.Random(seed)
    out: list[str] = []
    seen: set[str] = set()
    for _ in range(n * 6):
        text = fill(template, slots, rng)
        text = rng.choice(data["pre"]) + text + rng.choice(data["post"])
        if rng.random() < 0.25:  # instruction after unrelated surrounding content
            text = rng.choice(slots[rng.choice(("document", "any_prompt"))]) + "\n\n" + text
        if text not in seen:
            seen.add(text)
            out.append(text)
            if len(out) == n:
                break
    return out


def _stable_fraction(text: str) -> float:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=4).digest(), "big") / 2**32


def _is_train(text: str) -> bool:
    return _stable_fraction(text) < BENIGN_TRAIN_FRACTION


def sharegpt_reference(part: str) -> list[str]:
    """ShareGPT "reference" prompts (never the simulator's "sim" half), split by a stable hash of
    the text: part="train" (70 %) is fitted on, part="heldout" (30 %) only measured."""
    from distillguard.data.sharegpt import prompts

    texts = list(dict.fromkeys(prompts(part="reference")))
    if part not in ("train", "heldout"):
        raise ValueError("part must be 'train' or 'heldout'")
    return [t for t in texts if _is_train(t) == (part == "train")]


def sharegpt_later_turns(part: str) -> list[tuple[str, str]]:
    """ShareGPT's later human turns (`data.sharegpt.later_human_turns`) as (conversation id, text),
    split by conversation: part="design" holds the turns of "reference" conversations whose first
    prompt is in the train 70 % (fitted on by the "turns" and "followups" fits); part="test" every other one — the
    "sim" half's conversations and the held-out slice's — so neither the held-out slice nor the sim
    half shares a conversation with what is fitted. Why: every benign row was a first turn, and the
    learned half read short follow-ups ("Finish your answer.") as asks for the reasoning."""
    from distillguard.data.sharegpt import in_part, later_turns_by_conversation

    if part not in ("design", "test"):
        raise ValueError("part must be 'design' or 'test'")
    return [(opening.conversation_id, text) for opening, text in later_turns_by_conversation()
            if (in_part(opening, "reference") and _is_train(opening.human)) == (part == "design")]


def sharegpt_answers(part: str) -> list[str]:
    """Assistant answers of ShareGPT "reference" turns, split by the same hash of the turn's *user
    prompt* as `sharegpt_reference`, so a held-out prompt's answer is held out too."""
    from distillguard.data.sharegpt import in_part, turns

    if part not in ("train", "heldout"):
        raise ValueError("part must be 'train' or 'heldout'")
    ref = [t for t in turns() if in_part(t, "reference")]
    train = {t.assistant for t in ref if _is_train(t.human)}
    if part == "train":
        picked = [t.assistant for t in ref if t.assistant in train]
    else:  # an answer also given to a training prompt ("I'm sorry, …") is not held out
        picked = [t.assistant for t in ref if t.assistant not in train]
    return [a for a in dict.fromkeys(picked) if len(a) >= PAYLOAD_MIN]


def cut_payload(text: str) -> str:
    """`text` cut (at a space when there is one) to a length drawn log-uniformly in
    PAYLOAD_MIN..PAYLOAD_MAX from a stable hash of the text: short to long payloads, reproducibly."""
    f = _stable_fraction("len:" + text)
    limit = int(PAYLOAD_MIN * (PAYLOAD_MAX / PAYLOAD_MIN) ** f)
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", limit // 2, limit)
    return text[:cut if cut > 0 else limit]


@lru_cache(maxsize=1)
def payload_slots() -> dict[str, list[str]]:
    """`{any_prompt}` / `{any_answer}` values: ShareGPT train-half text only, cut by `cut_payload`."""
    prompts = [cut_payload(t) for t in sharegpt_reference("train") if len(t) >= PAYLOAD_MIN]
    return {"any_prompt": prompts, "any_answer": [cut_payload(t) for t in sharegpt_answers("train")]}


def guard_dev_rows() -> list[Labelled]:
    """The reasoning guard's own *dev* split (policy/guard_data, project-written): its extraction
    templates as reasoning_trace, its dev hard negatives as benign. Its test split stays unseen, so
    bench/guard.py still measures held-out templates."""
    from distillguard.policy.guard_dataset import extraction_examples
    from distillguard.policy.guard_dataset import spec as guard_spec

    rt = SHAPES.index("reasoning_trace")
    out = [Labelled(e.text, rt, f"guard:{e.family}:{e.source}:{e.template}", "template")
           for e in extraction_examples("dev")]
    g = guard_spec()
    hard = [t for i, t in enumerate(g["hard_negatives"]) if i % 2 == 0] + g["handwritten_dev_negatives"]
    out += [Labelled(t, BENIGN, f"guard_hn:{i}", "hard_negative") for i, t in enumerate(hard)]
    return out


@lru_cache(maxsize=4)
def extra_spec(data_file: str) -> dict:
    """One extra labelled file ({"slots", "reasoning_trace", "benign"}), as shipped."""
    return json.loads(resources.files("distillguard.monitor").joinpath(data_file).read_text("utf-8"))


def more_spec() -> dict:
    return extra_spec(MORE_DATA_FILE)


def extra_rows(data_files: tuple[str, ...]) -> list[Labelled]:
    """The extra files' phrasing groups (reasoning_trace and benign hard negatives), expanded as
    `labelled_set` expands its own, with every file's slots (tasks in more languages) added."""
    extras = [extra_spec(f) for f in data_files]
    slots = dict(spec()["slots"])
    for extra in extras:
        slots.update(extra.get("slots", {}))
    data = {**spec(), "slots": slots}
    out: list[Labelled] = []
    for extra in extras:
        for shape, n, source in (("reasoning_trace", VARIANTS, "template"), ("benign", NEG_VARIANTS, "hard_negative")):
            for tpl in extra[shape]:
                for text in expand(tpl["t"], n, f"{shape}:{tpl['g']}", data):
                    out.append(Labelled(text, SHAPES.index(shape), tpl["g"], source))
    return out


def more_rows() -> list[Labelled]:
    """`MORE_DATA_FILE`'s phrasing groups, expanded (the rows the opt-in "more" adds)."""
    return extra_rows((MORE_DATA_FILE,))


def labelled_set(include_sharegpt: bool = True, fit_name: str = "default") -> list[Labelled]:
    """Expanded templates of every class (hard negatives are the benign templates) + ShareGPT train
    (+ the extra files of `FITS[fit_name]`)."""
    data = spec()
    out: list[Labelled] = []
    for shape, templates in data["classes"].items():
        label = SHAPES.index(shape)
        n = NEG_VARIANTS if label == BENIGN else VARIANTS
        for tpl in templates:
            for text in expand(tpl["t"], n, f"{shape}:{tpl['g']}", data):
                out.append(Labelled(text, label, tpl["g"], "hard_negative" if label == BENIGN else "template"))
    out += guard_dev_rows()
    if FITS[fit_name].data_files:
        out += extra_rows(FITS[fit_name].data_files)
    if include_sharegpt:
        for i, text in enumerate(sharegpt_reference("train")):
            out.append(Labelled(text, BENIGN, f"sharegpt:{i % 50}", "sharegpt"))
        if FITS[fit_name].later_turns:  # one group per conversation: its follow-ups share a fold
            out += [Labelled(text, BENIGN, f"sharegpt_later:{conv}", "sharegpt")
                    for conv, text in sharegpt_later_turns("design")]
    return out


# --------------------------------------------------------------------------- fitting


def sample_weights(labels: np.ndarray, sources: list[str]) -> np.ndarray:
    """Each positive class weighs as much in total as the hard negatives + ShareGPT half do; the
    hard negatives are up-weighted (×4) because they are the near misses precision depends on."""
    w = np.ones(len(labels))
    hard = np.array([s == "hard_negative" for s in sources])
    w[hard] = 4.0
    benign_total = w[labels == BENIGN].sum()
    for k in range(1, len(SHAPES)):
        mask = labels == k
        if mask.any():
            w[mask] = 0.5 * benign_total / mask.sum()
    return w


def fit(x, labels: np.ndarray, weights: np.ndarray, c: float = C) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial L2 logistic regression (lbfgs, deterministic). Returns (coef, intercept)."""
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=c, max_iter=300, tol=1e-5)
    clf.fit(x, labels, sample_weight=weights)
    coef = np.zeros((len(SHAPES), x.shape[1]))
    bias = np.full(len(SHAPES), -1e3)
    coef[clf.classes_] = clf.coef_
    bias[clf.classes_] = clf.intercept_
    return coef, bias


def group_folds(groups: list[str], k: int) -> np.ndarray:
    """Fold index per row: a stable hash of the phrasing group, so a group never straddles folds."""
    return np.array([int(hashlib.blake2b(g.encode(), digest_size=2).hexdigest(), 16) % k for g in groups])


def out_of_fold(rows: list[Labelled], k: int = 5, c: float = C) -> np.ndarray:
    """Probabilities for each row from a model that never saw its phrasing group."""
    x = featurize([r.text for r in rows])
    y = np.array([r.label for r in rows])
    w = sample_weights(y, [r.source for r in rows])
    fold = group_folds([r.group for r in rows], k)
    p = np.zeros((len(rows), len(SHAPES)))
    for f in range(k):
        test = fold == f
        coef, bias = fit(x[~test], y[~test], w[~test], c)
        p[test] = _softmax(x[test] @ coef.T + bias)
    return p


def pick_guard_threshold(p_rt: np.ndarray, rows: list[Labelled], target_fpr: float = GUARD_TARGET_FPR) -> float:
    """Lowest p(reasoning_trace) threshold keeping out-of-fold ShareGPT FPR ≤ `target_fpr` (a fit's
    `Fit.guard_target_fpr`) and flagging no hard negative (floor 0.5: never flag a prompt the model
    thinks is more likely something else)."""
    sg = np.array([r.source == "sharegpt" for r in rows])
    hard = np.array([r.source == "hard_negative" for r in rows])
    ordered = np.sort(p_rt[sg])[::-1]
    allowed = int(np.floor(target_fpr * len(ordered) + 1e-9))  # 0.0003 × 10,000 is 2.99… in floating point
    t = float(ordered[allowed]) + 1e-6
    if hard.any():
        t = max(t, float(p_rt[hard].max()) + 1e-6)
    return round(min(max(t, 0.5), 0.99), 6)


def encode_weights(coef: np.ndarray) -> tuple[str, list[float]]:
    scale = np.maximum(np.abs(coef).max(axis=1), 1e-12) / 127.0
    q = np.clip(np.rint(coef / scale[:, None]), -127, 127).astype(np.int8)
    return base64.b64encode(zlib.compress(q.tobytes(), 9)).decode("ascii"), [float(s) for s in scale]


def _sha256(name: str) -> str:
    return hashlib.sha256(resources.files("distillguard.monitor").joinpath(name).read_bytes()).hexdigest()


def _data_key(data_file: str) -> str:
    """The weights file's checksum key of an extra labelled file ("data/task_shapes_more.json" →
    "more_data_sha256")."""
    return Path(data_file).stem.removeprefix("task_shapes_") + "_data_sha256"


def train(k: int = 5, fit_name: str = "default") -> dict:
    """Fit on the whole labelled set; the guard threshold comes from grouped out-of-fold scores."""
    rows = labelled_set(fit_name=fit_name)
    x = featurize([r.text for r in rows])
    y = np.array([r.label for r in rows])
    coef, bias = fit(x, y, sample_weights(y, [r.source for r in rows]))
    oof = out_of_fold(rows, k)
    threshold = pick_guard_threshold(oof[:, SHAPES.index("reasoning_trace")], rows, FITS[fit_name].guard_target_fpr)
    blob, scale = encode_weights(coef)
    return {
        "about": "Task-shape classifier weights (distillguard.monitor.task_shape.train): hashed char 3-5 + "
                 "word 1-2 grams, multinomial logistic regression; int8 per class × scale, zlib, base64.",
        "shapes": list(SHAPES), "bits": BITS, "c": C, "head": HEAD, "tail": TAIL,
        "n_train": len(rows), "per_class": {s: int((y == i).sum()) for i, s in enumerate(SHAPES)},
        "data_sha256": _sha256(DATA_FILE),
        **{_data_key(f): _sha256(f) for f in FITS[fit_name].data_files},
        **({"later_turns_design": sum(r.group.startswith("sharegpt_later:") for r in rows)}
           if FITS[fit_name].later_turns else {}),
        "guard_threshold": threshold,
        "bias": [round(float(b), 6) for b in bias],
        "scale": scale,
        "weights_int8": blob,
    }


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description="refit the task-shape weights (deterministic)")
    parser.add_argument("--more", action="store_true",
                        help=f"fit with {MORE_DATA_FILE} too and write {MORE_WEIGHTS_FILE} (same as --fit more)")
    parser.add_argument("--fit", choices=tuple(FITS), default=None,
                        help="which fit to write: " + "; ".join(
                            f"{name} → {f.weights_file} (with {', '.join(f.data_files) or 'no extra file'}"
                            f"{', later turns (design part)' if f.later_turns else ''})"
                            for name, f in FITS.items()))
    args = parser.parse_args()
    fit_name = args.fit or ("more" if args.more else "default")
    result = train(fit_name=fit_name)
    path = Path(__file__).parent / FITS[fit_name].weights_file
    path.write_text(json.dumps(result) + "\n", encoding="utf-8")
    model.cache_clear()
    _feature_major.cache_clear()
    print(json.dumps({k: result[k] for k in ("n_train", "per_class", "guard_threshold")}),
          f"{path.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
