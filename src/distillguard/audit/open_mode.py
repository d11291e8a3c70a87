"""Open-weights audit: read a corpus with the suspect (teacher forcing) and score its top-1 picks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distillguard.audit.reading import CorpusDoc, read_corpus
from distillguard.audit.result import DEFAULT_ALPHA, audit_result
from distillguard.audit.scoring import Entries, KeyScore, frequent_window_mask
from distillguard.errors import DistillguardError
from distillguard.watermark.keys import WatermarkKey


@dataclass
class AuditRun:
    """What the CLI prints (`result`) and what the report needs besides (`scores`, `params`)."""

    result: dict
    scores: list[KeyScore]
    params: dict = field(default_factory=dict)


def load_suspect(path: str | Path) -> tuple[Any, Any]:
    """(model in eval mode, its tokenizer) from a local HF causal-LM directory or "smollm2"."""
    from distillguard.models import load_model

    try:
        lm = load_model(str(path))
    except DistillguardError as exc:
        raise DistillguardError(f"cannot load suspect model {path}: {exc}") from None
    except Exception as exc:  # corrupt weights, unsupported architecture
        raise DistillguardError(f"cannot load suspect model {path}: {type(exc).__name__}: {exc}") from None
    return lm.model, lm.tokenizer


def read_suspect(
    suspect_path: str | Path,
    docs: Sequence[CorpusDoc],
    context_width: int,
    *,
    tokenizer: str | None = None,
    max_len: int = 512,
    token_budget: int = 2048,
    progress: Any = None,
) -> tuple[Entries, dict]:
    """One teacher-forced pass of the suspect over `docs` → entries any number of keys can score."""
    from distillguard.models import load_tokenizer

    if not docs:
        raise DistillguardError("the corpus is empty: nothing to audit")
    model, suspect_tokenizer = load_suspect(suspect_path)
    ours = load_tokenizer(tokenizer)
    task = progress.add_task("reading corpus with the suspect", total=len(docs)) if progress else None
    return read_corpus(
        model, suspect_tokenizer, ours, docs, context_width, max_len=max_len, token_budget=token_budget,
        progress=(lambda n: progress.advance(task, n)) if progress else None,
    )


def open_audit(
    suspect_path: str | Path,
    docs: Sequence[CorpusDoc],
    *,
    key: WatermarkKey | None,
    keyring: Sequence[WatermarkKey] | None = None,
    tokenizer: str | None = None,
    served: Sequence[CorpusDoc] | None = None,
    min_window_count: int = 2,
    max_len: int = 512,
    token_budget: int = 2048,
    alpha: float = DEFAULT_ALPHA,
    progress: Any = None,
) -> AuditRun:
    """Teacher-forced radioactivity test of `suspect_path` over `docs` under key and/or keyring.

    `served`: watermarked texts the provider served; when given, only windows that occur at least
    `min_window_count` times in them are scored (Sander et al.'s filter).
    """
    from distillguard.models import load_tokenizer

    if not docs:
        raise DistillguardError("the corpus is empty: nothing to audit")
    if key is None and not keyring:
        raise DistillguardError("give --key and/or --keyring")
    first = key if key is not None else keyring[0]
    width = int(first.params["context_width"])
    entries, info = read_suspect(suspect_path, docs, width, tokenizer=tokenizer, max_len=max_len,
                                 token_budget=token_budget, progress=progress)
    ours = load_tokenizer(tokenizer)
    if served is not None:
        served_ids = [ours(d.text, add_special_tokens=False)["input_ids"] for d in served]
        entries.keep = frequent_window_mask(entries, served_ids, min_window_count)
    keys_task = None
    n_keys = (1 if key is not None else 0) + len(keyring or [])
    if progress:
        keys_task = progress.add_task("scoring keys", total=n_keys)
    result, scores = audit_result(
        "open", entries, key, keyring, alpha=alpha,
        progress=(lambda i: progress.update(keys_task, completed=i)) if progress else None,
    )
    result.update(
        documents=info["documents"],
        input_tokens=info["input_tokens"],
        tokenizer_mapping=info["tokenizer_mapping"],
        window_rule="a tuple is scored only if its window seed did not occur earlier in the same "
        "document (prompt included); each PRF input scored once across the run",
    )
    if served is not None:
        result["frequent_window_filter"] = {"served_documents": len(served),
                                            "min_window_count": min_window_count}
    params = {
        "suspect": str(suspect_path),
        "tokenizer": tokenizer or "smollm2",
        "max_len": max_len,
        "alpha": alpha,
        "min_window_count": min_window_count if served is not None else None,
    }
    return AuditRun(result, scores, params)
