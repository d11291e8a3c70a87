"""Fine-tune a small causal LM on {"prompt", "text"} pairs: the "student" of a radioactivity test.

Full fine-tuning with AdamW on the CPU; each example is the chat-formatted prompt followed by the
answer and EOS, and the loss covers the answer tokens only (what a distiller imitates). Used by
the tests (a tiny student), the demo and the radioactivity benchmark.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from distillguard.errors import DistillguardError


@dataclass
class TrainConfig:
    epochs: float = 1.0
    lr: float = 5e-4
    batch_size: int = 8
    max_len: int = 256
    seed: int = 0
    weight_decay: float = 0.0
    warmup_steps: int = 0
    # Restrict the softmax to these token ids (toy-language students: with a 49k vocabulary the
    # output projection is nearly all of a tiny model's cost). None = the full vocabulary.
    vocabulary: list[int] | None = None
    freeze_embeddings: bool = False


def read_pairs(path: str | Path) -> list[dict]:
    """{"prompt", "text"} records of a JSONL file."""
    from distillguard.audit.io import read_jsonl

    records = read_jsonl(path, "training data")
    for i, r in enumerate(records, 1):
        if not isinstance(r.get("text"), str):
            raise DistillguardError(f"training data {path}, record {i}: missing 'text'")
    return records


def encode_example(tokenizer, prompt: str | None, text: str, max_len: int) -> tuple[list[int], list[int]]:
    """(input ids, labels) with the prompt part masked out (-100)."""
    from distillguard.models import chat_prompt_ids

    prompt_ids = list(chat_prompt_ids(tokenizer, prompt)) if prompt else []
    answer = list(tokenizer(text, add_special_tokens=False)["input_ids"])
    if tokenizer.eos_token_id is not None:
        answer.append(tokenizer.eos_token_id)
    ids = (prompt_ids + answer)[:max_len]
    labels = ([-100] * len(prompt_ids) + answer)[:max_len]
    return ids, labels


def finetune(
    model_dir: str | Path,
    examples: Sequence[dict],
    out_dir: str | Path,
    config: TrainConfig | None = None,
    *,
    progress: Callable[[int, int, float], None] | None = None,
) -> Path:
    """Train `model_dir` on `examples` and save the student (weights + tokenizer) to `out_dir`.

    `progress(step, total_steps, loss)` is called after each optimiser step.
    """
    import torch

    from distillguard.models.runtime import load_tokenizer, resolve_model_path

    config = config or TrainConfig()
    if not examples:
        raise DistillguardError("no training examples")
    path = resolve_model_path(str(model_dir))
    from transformers import AutoModelForCausalLM

    torch.manual_seed(config.seed)
    tokenizer = load_tokenizer(str(model_dir))
    try:
        model = AutoModelForCausalLM.from_pretrained(path)
    except (OSError, ValueError) as exc:
        raise DistillguardError(f"cannot load model from {path}: {exc}") from None
    model.train()
    encoded = [encode_example(tokenizer, e.get("prompt"), e["text"], config.max_len) for e in examples]
    encoded = [e for e in encoded if any(label != -100 for label in e[1])]
    if not encoded:
        raise DistillguardError("no training example has answer tokens within max_len")
    rng = random.Random(config.seed)
    per_epoch = -(-len(encoded) // config.batch_size)
    total = max(1, round(per_epoch * config.epochs))
    if config.freeze_embeddings:
        # A toy-language student never uses most of a (tied) 49k-row embedding matrix; freezing
        # it keeps the optimiser's work proportional to the network, not to the vocabulary.
        model.get_input_embeddings().weight.requires_grad_(False)
        model.get_output_embeddings().weight.requires_grad_(False)
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=config.lr, weight_decay=config.weight_decay)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / max(1, config.warmup_steps)) if config.warmup_steps else 1.0
    )
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    subset = remap = None
    if config.vocabulary is not None:
        subset = torch.tensor(sorted(set(config.vocabulary)), dtype=torch.long)
        remap = torch.full((model.get_output_embeddings().weight.shape[0],), -100, dtype=torch.long)
        remap[subset] = torch.arange(len(subset))
        if tokenizer.eos_token_id is not None and int(remap[tokenizer.eos_token_id]) < 0:
            raise DistillguardError("the training vocabulary must contain the EOS token")
    order: list[int] = []
    for step in range(total):
        if len(order) < config.batch_size:
            fresh = list(range(len(encoded)))
            rng.shuffle(fresh)
            order.extend(fresh)
        batch = [encoded[i] for i in order[: config.batch_size]]
        del order[: config.batch_size]
        width = max(len(ids) for ids, _ in batch)
        input_ids = torch.full((len(batch), width), pad, dtype=torch.long)
        labels = torch.full((len(batch), width), -100, dtype=torch.long)
        mask = torch.zeros((len(batch), width), dtype=torch.long)
        for row, (ids, lab) in enumerate(batch):
            input_ids[row, : len(ids)] = torch.tensor(ids)
            labels[row, : len(lab)] = torch.tensor(lab)
            mask[row, : len(ids)] = 1
        min_prompt = min(len(_prompt_part(lab)) for _, lab in batch)
        if subset is None:
            loss = _answer_loss(model, input_ids, mask, labels, min_prompt)
        else:
            loss = _subset_loss(model, input_ids, mask, labels, subset, remap)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(trainable, 1.0)
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        if progress is not None:
            progress(step + 1, total, float(loss.detach()))
    model.eval()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    (out / "distillguard_training.json").write_text(
        json.dumps({"base": str(model_dir), "examples": len(encoded), "steps": total, **vars(config)}, indent=2)
    )
    return out


def _prompt_part(labels: list[int]) -> list[int]:
    """The leading masked (prompt) labels."""
    n = 0
    while n < len(labels) and labels[n] == -100:
        n += 1
    return labels[:n]


def _answer_loss(model, input_ids, mask, labels, min_prompt: int):
    """Cross-entropy on answer tokens, computing logits only from the first answer position on.

    The vocabulary projection dominates the cost of small models with large vocabularies, so
    skipping the (shared) prompt positions with `logits_to_keep` saves most of a step.
    """
    import torch

    width = input_ids.shape[1]
    keep = max(2, width - max(0, min_prompt - 1))
    try:
        logits = model(input_ids=input_ids, attention_mask=mask, logits_to_keep=keep).logits
    except TypeError:  # architectures without logits_to_keep
        logits = model(input_ids=input_ids, attention_mask=mask).logits
        keep = width
    targets = labels[:, width - keep + 1:]
    return torch.nn.functional.cross_entropy(
        logits[:, :-1].reshape(-1, logits.shape[-1]).float(), targets.reshape(-1), ignore_index=-100
    )


def _subset_loss(model, input_ids, mask, labels, subset, remap):
    """Cross-entropy over a token subset only: hidden states times the subset's output rows."""
    import torch

    hidden = model.base_model(input_ids=input_ids, attention_mask=mask).last_hidden_state
    weight = model.get_output_embeddings().weight[subset]
    targets = labels[:, 1:]
    keep = targets != -100
    logits = hidden[:, :-1][keep] @ weight.T
    mapped = remap[targets[keep]]
    if bool((mapped < 0).any()):
        raise DistillguardError("a training token is outside the restricted vocabulary")
    return torch.nn.functional.cross_entropy(logits.float(), mapped)
