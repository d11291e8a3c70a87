"""Watermarked sampling with the tiny random model: detection, attribution, batching."""

from __future__ import annotations

import numpy as np
import pytest

from distillguard.models import chat_prompt_ids, generate, load_model
from distillguard.watermark.detect import detect_texts, detect_tokens
from distillguard.watermark.keys import derive_account_key, new_key
from distillguard.watermark.schemes import get_scheme

PROMPTS = [
    "Hi",
    "Explain photosynthesis in two sentences.",
    "Write a limerick about a cat who learns to code in Rust and refuses to go back.",
    "List three prime numbers.",
    "What is the capital of France?",
    "Summarise the plot of Hamlet for a ten-year-old.",
]
NEW_TOKENS = 48


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    """Under `pytest -n 2` on 2 cores, torch's 2-thread pools spin against each other (10× slower)."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def tiny(tiny_model_dir):
    return load_model(str(tiny_model_dir))


def _sample(lm, key=None, seed=0):
    prompt_ids = [chat_prompt_ids(lm.tokenizer, p) for p in PROMPTS]
    processor = get_scheme(key).logits_processor(lm.vocab_size) if key is not None else None
    return generate(lm, prompt_ids, max_new_tokens=NEW_TOKENS, logits_processor=processor, seed=seed)


@pytest.mark.parametrize("scheme", ["kgw", "gumbel", "synthid"])
def test_watermarked_detect_and_plain_do_not(tiny, scheme):
    key = new_key(scheme, secret=b"k" * 32)
    marked = _sample(tiny, key, seed=1)
    plain = _sample(tiny, None, seed=1)
    assert all(len(t) >= NEW_TOKENS - 8 for t in marked)
    marked_p = [d.p_value for d in detect_tokens(key, marked)]
    plain_p = [d.p_value for d in detect_tokens(key, plain)]
    assert max(marked_p) < 1e-6, marked_p
    assert min(plain_p) > 1e-3, plain_p


def test_account_keys_attribute_the_right_account(tiny):
    master = new_key("kgw", secret=b"m" * 32)
    key_a, key_b = derive_account_key(master, "acct-a"), derive_account_key(master, "acct-b")
    marked = _sample(tiny, key_a, seed=2)
    under_a = detect_tokens(key_a, marked)
    under_b = detect_tokens(key_b, marked)
    assert max(d.p_value for d in under_a) < 1e-6
    assert min(d.p_value for d in under_b) > 1e-3
    assert {d.key_id for d in under_a} == {key_a.key_id}


def test_left_padded_batch_matches_detector_exactly(tiny):
    """With an overwhelming δ every sampled token must be green for its real (unpadded)
    context: any mismatch between generation-time and detection-time windows shows up."""
    key = new_key("kgw", secret=b"p" * 32, delta=60.0, context_width=3)
    marked = _sample(tiny, key, seed=3)
    for det in detect_tokens(key, marked):
        assert det.score == 1.0 and det.tokens_scored > 30


def test_gumbel_is_deterministic_given_context(tiny):
    """Exponential sampling consumes no torch randomness: two seeds give the same text."""
    key = new_key("gumbel", secret=b"g" * 32)
    assert _sample(tiny, key, seed=4) == _sample(tiny, key, seed=5)


def test_detect_texts_round_trip(tiny):
    key = new_key("gumbel", secret=b"t" * 32, context_width=2)
    marked = _sample(tiny, key, seed=6)
    texts = tiny.tokenizer.batch_decode(marked, skip_special_tokens=True)
    dets = detect_texts(key, texts, prompts=PROMPTS, tokenizer=tiny.tokenizer, ids=[str(i) for i in range(6)])
    assert [d.id for d in dets] == [str(i) for i in range(6)]
    # re-tokenising decoded text changes a few tokens; the signal must survive it
    assert max(d.p_value for d in dets) < 1e-6
    assert np.all([d.tokens_scored > 20 for d in dets])
