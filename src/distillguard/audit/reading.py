"""Teacher-forced ("reading") pass of a suspect model over a corpus.

At every position the context comes from the input text and the scored token is the suspect's
own top-1 next-token prediction. Batched forward passes under `torch.inference_mode`, with
batches bounded by a token budget so the (batch, length, vocab) logits stay small.

When the suspect's tokenizer differs from ours (the watermark key lives in our vocabulary),
each prediction is mapped back: decode the suspect's top-1 token to text, append it to the
text prefix it was predicted after, re-tokenise the last ~200 characters with our tokenizer
and take the first of our tokens that differs from the prefix's own tokenisation; the window
is our h tokens before it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from distillguard.audit.scoring import Entries, EntriesBuilder

TAIL_CHARS = 200


@dataclass
class CorpusDoc:
    text: str
    prompt: str | None = None
    id: str | None = None


def same_vocabulary(a: Any, b: Any) -> bool:
    """Whether two tokenizers map every token string to the same id."""
    return a is b or (len(a) == len(b) and a.get_vocab() == b.get_vocab())


def _input_ids(tokenizer: Any, doc: CorpusDoc, max_len: int) -> tuple[list[int], int]:
    """(ids, index of the first text token): chat-formatted prompt (if any) then the text."""
    from distillguard.models import chat_prompt_ids

    text_ids = list(tokenizer(doc.text, add_special_tokens=False)["input_ids"])
    prompt_ids = chat_prompt_ids(tokenizer, doc.prompt) if doc.prompt else _leading_specials(tokenizer)
    ids = (list(prompt_ids) + text_ids)[:max_len]
    return ids, min(len(prompt_ids), len(ids))


def _leading_specials(tokenizer: Any) -> list[int]:
    """What the tokenizer itself puts before plain text (e.g. Llama's BOS); often nothing."""
    marker = tokenizer("x", add_special_tokens=True)["input_ids"]
    bare = tokenizer("x", add_special_tokens=False)["input_ids"]
    for start in range(len(marker) - len(bare) + 1):
        if marker[start:start + len(bare)] == bare:
            return list(marker[:start])
    return []


def _batches(lengths: Sequence[int], token_budget: int) -> list[list[int]]:
    """Indices grouped so that batch_size * max_length stays within the budget (sorted by length)."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    batches: list[list[int]] = []
    current: list[int] = []
    for i in order:
        width = max([lengths[j] for j in current] + [lengths[i]])
        if current and width * (len(current) + 1) > token_budget:
            batches.append(current)
            current = []
        current.append(i)
    if current:
        batches.append(current)
    return batches


def top1_predictions(
    model: Any,
    sequences: Sequence[Sequence[int]],
    *,
    pad_id: int,
    token_budget: int = 2048,
    progress: Callable[[int], None] | None = None,
) -> list[np.ndarray]:
    """For each sequence, argmax logits at every position (predictions for the *next* token)."""
    import torch

    out: list[np.ndarray | None] = [None] * len(sequences)
    lengths = [len(s) for s in sequences]
    with torch.inference_mode():
        for batch in _batches(lengths, token_budget):
            width = max(lengths[i] for i in batch)
            ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
            mask = torch.zeros((len(batch), width), dtype=torch.long)
            for row, i in enumerate(batch):
                ids[row, : lengths[i]] = torch.tensor(sequences[i], dtype=torch.long)
                mask[row, : lengths[i]] = 1
            logits = model(input_ids=ids, attention_mask=mask).logits
            top = logits.argmax(dim=-1).numpy()
            for row, i in enumerate(batch):
                out[i] = top[row, : lengths[i]].astype(np.int64)
            if progress is not None:
                progress(len(batch))
    return out  # type: ignore[return-value]


def read_corpus(
    suspect: Any,
    suspect_tokenizer: Any,
    our_tokenizer: Any,
    docs: Sequence[CorpusDoc],
    context_width: int,
    *,
    max_len: int = 512,
    token_budget: int = 2048,
    progress: Callable[[int], None] | None = None,
) -> tuple[Entries, dict]:
    """Entries (windows from the input, tokens = suspect's top-1) for every document."""
    same = same_vocabulary(suspect_tokenizer, our_tokenizer)
    pad = suspect_tokenizer.pad_token_id
    if pad is None:
        pad = suspect_tokenizer.eos_token_id or 0
    inputs = [_input_ids(suspect_tokenizer, d, max_len) for d in docs]
    preds = top1_predictions(suspect, [ids for ids, _ in inputs], pad_id=pad,
                             token_budget=token_budget, progress=progress)
    builder = EntriesBuilder(context_width)
    if same:
        for doc_index, ((ids, start), pred) in enumerate(zip(inputs, preds, strict=True)):
            shifted = np.concatenate([[-1], pred[:-1]])  # shifted[t] = prediction for position t
            builder.add_sequence(doc_index, ids, shifted, first_scored=max(start, 1))
        method = "same tokenizer: windows and predictions used as token ids directly"
    else:
        for doc_index, (doc, pred) in enumerate(zip(docs, preds, strict=True)):
            _retokenised_entries(builder, doc_index, doc, pred, suspect_tokenizer, our_tokenizer,
                                 context_width, max_len)
        method = (
            "different tokenizers: suspect top-1 tokens decoded to text and re-tokenised with "
            "the key's tokenizer in their left context (last 200 characters)"
        )
    entries = builder.build()
    info = {
        "documents": len(docs),
        "input_tokens": int(sum(len(ids) for ids, _ in inputs)),
        "tokenizer_mapping": method,
        "same_tokenizer": same,
    }
    return entries, info


def _retokenised_entries(
    builder: EntriesBuilder,
    doc_index: int,
    doc: CorpusDoc,
    pred: np.ndarray,
    suspect_tokenizer: Any,
    our_tokenizer: Any,
    h: int,
    max_len: int,
) -> None:
    """Map a suspect's predictions over `doc.text` into our vocabulary (see module docstring)."""
    from distillguard.models import chat_prompt_ids

    # History: our own windows over prompt (order -1) and text (order = char end offset).
    prompt_ids = chat_prompt_ids(our_tokenizer, doc.prompt) if doc.prompt else []
    enc = our_tokenizer(doc.text, add_special_tokens=False, return_offsets_mapping=True)
    ours = list(prompt_ids) + list(enc["input_ids"])
    ends = [-1] * len(prompt_ids) + [end for _, end in enc["offset_mapping"]]
    if len(ours) > h:
        positions = np.arange(h, len(ours))
        windows = np.lib.stride_tricks.sliding_window_view(np.asarray(ours[:-1], dtype=np.int64), h)
        orders = [ends[t - 1] for t in positions]
        builder.add_entries(doc_index, orders, windows, [-1] * len(positions), history=True)

    s_prompt = (chat_prompt_ids(suspect_tokenizer, doc.prompt) if doc.prompt
                else _leading_specials(suspect_tokenizer))
    s_enc = suspect_tokenizer(doc.text, add_special_tokens=False, return_offsets_mapping=True)
    s_offsets = s_enc["offset_mapping"]
    s_ids = s_enc["input_ids"]
    special = set(suspect_tokenizer.all_special_ids)
    orders, windows, tokens = [], [], []
    for j in range(len(s_offsets)):
        pos = len(s_prompt) + j  # position of text token j; predicted from pos - 1
        if pos == 0:
            continue
        if pos - 1 >= len(pred) or pos >= max_len:
            break
        predicted = int(pred[pos - 1])
        if predicted in special:
            continue
        cut = s_offsets[j - 1][1] if j > 0 else 0
        piece = _continuation(suspect_tokenizer, s_ids[j - 1] if j > 0 else None, predicted)
        if not piece:
            continue
        tail = doc.text[max(0, cut - TAIL_CHARS): cut]
        base = our_tokenizer(tail, add_special_tokens=False)["input_ids"] if tail else []
        extended = our_tokenizer(tail + piece, add_special_tokens=False)["input_ids"]
        split = 0
        while split < min(len(base), len(extended)) and base[split] == extended[split]:
            split += 1
        if split >= len(extended):
            continue
        context = (list(prompt_ids) if cut <= TAIL_CHARS else []) + extended[:split]
        if len(context) < h:
            continue
        orders.append(cut)
        windows.append(context[-h:])
        tokens.append(extended[split])
    builder.add_entries(doc_index, orders, windows, tokens, history=False)


def _continuation(tokenizer: Any, previous: int | None, predicted: int) -> str:
    """The text a predicted token adds after `previous`: decoding the pair and dropping the first
    token's text keeps word boundaries right for BPE ("Ġword") and WordPiece ("##ing") alike."""
    if previous is None:
        return tokenizer.decode([predicted])
    head = tokenizer.decode([previous])
    both = tokenizer.decode([previous, predicted])
    return both[len(head):] if both.startswith(head) else tokenizer.decode([predicted])
