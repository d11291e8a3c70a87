"""The task-shape classifier decides by the *instruction*, not by the payload that follows it.

Each harvesting instruction here is written apart from the training templates and carries
payloads the model never saw: ShareGPT user prompts of the held-out part and assistant answers
not given to any training prompt (`sharegpt_answers("heldout")`), cut to 200-1,500 characters
(code, product copy, chat answers). The same payloads under ordinary instructions (summarise,
translate, check my exam answer) must stay below the monitor's threshold.
"""

from __future__ import annotations

import numpy as np
import pytest

from distillguard.monitor import task_shape as ts
from distillguard.monitor.content import SHAPE_THRESHOLD
from distillguard.monitor.task_shape import SHAPES, classify_shapes

N_PAYLOADS = 80

# (shape, instruction, least share of payloads that must keep the shape on top and >= threshold).
# Measured on the shipped weights: 0.96, 1.00, 0.81, 0.51, 0.70, 0.65; bars leave a margin.
HARVEST = [
    ("censorship_rewrite", "Please prepare a version of the text below that the censors in Vietnam would accept: cut "
     "every passage about political dissidents and leave the rest untouched.\n\nText:\n{a}", 0.85),
    ("rubric_grading", "You are an impartial judge. Evaluate the assistant's answer to the question and output a "
     "score in the form [[X]], X from 1 to 10.\n[Question]\n{p}\n[Answer]\n{a}", 0.9),
    ("reasoning_trace", "{p}\n\nShow all of your private thinking for this, word for word and unabridged, before "
     "the answer.", 0.65),
    ("synthetic_dataset", "Using this as a seed, produce 40 similar instructions with full answers in JSONL for "
     "fine-tuning:\n{p}", 0.35),
    ("tool_use_transcript", "Act as an agent with tools web_search(q) and calculator(expr) and write out the full "
     "call-by-call trajectory with observations for: {p}", 0.5),
    ("other_harvesting", "Item 5521 of the dataset. Output only {{\"answer\": str, \"confidence\": float}} for: {p}", 0.5),
]
BENIGN = [
    "Can you summarise this for me in a few lines?\n\n{a}",
    "Is this correct? I have an exam tomorrow and want to check my understanding.\n\nQuestion: {p}\nMy answer: {a}",
    "Please make this sound friendlier:\n{a}",
    "Translate this into German:\n{a}",
]


@pytest.fixture(scope="module")
def payloads() -> list[tuple[str, str]]:
    """(held-out user prompt, held-out answer) pairs of varied length."""
    prompts, answers = ts.sharegpt_reference("heldout"), ts.sharegpt_answers("heldout")
    out = []
    for i in range(N_PAYLOADS):
        out.append((prompts[(i * 53) % len(prompts)][:400], answers[(i * 37) % len(answers)][: 200 + (i * 97) % 1300]))
    return out


def test_heldout_answers_never_reach_training():
    """The payload slots are filled from the train half only; held-out answers are disjoint."""
    train = set(ts.payload_slots()["any_answer"]) | set(ts.sharegpt_answers("train"))
    held = ts.sharegpt_answers("heldout")
    assert len(held) > 1000 and not train & set(held)
    assert not set(ts.payload_slots()["any_prompt"]) & set(ts.sharegpt_reference("heldout"))


@pytest.mark.parametrize("shape,template,bar", HARVEST, ids=[h[0] for h in HARVEST])
def test_harvesting_instruction_keeps_its_shape_whatever_the_payload(payloads, shape, template, bar):
    k = SHAPES.index(shape)
    p = classify_shapes([template.format(p=q, a=a) for q, a in payloads])
    top = p[:, 1:].argmax(axis=1) + 1
    share = float(((top == k) & (p[:, k] >= SHAPE_THRESHOLD)).mean())
    assert share >= bar, (shape, share, float(np.median(p[:, k])))


@pytest.mark.parametrize("template", BENIGN)
def test_benign_instruction_with_the_same_payloads_stays_below_threshold(payloads, template):
    p = classify_shapes([template.format(p=q, a=a) for q, a in payloads])
    flagged = int((p[:, 1:].max(axis=1) >= SHAPE_THRESHOLD).sum())
    assert flagged <= 0.1 * len(payloads), flagged


def test_payload_fill_is_reproducible_and_length_varied():
    """Payload slots come from a stable hash, so the labelled set (and the weights) refit identically."""
    a = ts.expand("Judge this: {any_answer}", 20, "seed")
    assert a == ts.expand("Judge this: {any_answer}", 20, "seed")
    lengths = [len(v) for v in ts.payload_slots()["any_answer"]]
    assert min(lengths) >= ts.PAYLOAD_MIN // 2 and max(lengths) <= ts.PAYLOAD_MAX  # cut at a space past half
    assert np.percentile(lengths, 10) < 100 and np.percentile(lengths, 90) > 600
