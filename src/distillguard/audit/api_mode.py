"""Closed-model audit: ask the suspect's API our prompts, score the tokens it answered with.

Responses are tokenised with the key's tokenizer after the chat-formatted prompt, so windows at
the start of an answer see the same template tokens our own generation saw. A scored tuple is
dropped when its window seed occurs among the prompt's windows (an answer quoting its prompt
must not be scored on the prompt's n-grams); each PRF input is scored once over all answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from distillguard.audit.client import QueryConfig, ResponseCache, query_endpoint, require_complete
from distillguard.audit.open_mode import AuditRun
from distillguard.audit.result import DEFAULT_ALPHA, audit_result
from distillguard.audit.scoring import Entries, EntriesBuilder
from distillguard.errors import DistillguardError
from distillguard.watermark.keys import WatermarkKey


def response_entries(
    tokenizer: Any, pairs: Sequence[tuple[str, str]], context_width: int
) -> Entries:
    """Entries for (prompt, response) pairs: prompt windows as history, response tokens scored."""
    from distillguard.models import chat_prompt_ids

    h = context_width
    builder = EntriesBuilder(h)
    for doc, (prompt, response) in enumerate(pairs):
        prompt_ids = list(chat_prompt_ids(tokenizer, prompt))
        ids = np.asarray(prompt_ids + list(tokenizer(response, add_special_tokens=False)["input_ids"]),
                         dtype=np.int64)
        p = len(prompt_ids)
        if len(ids) <= h:
            continue
        windows = np.lib.stride_tricks.sliding_window_view(ids[:-1], h)  # windows[t-h] precedes t
        hist = np.arange(h, min(p, len(ids) - 1) + 1)
        if len(hist):
            builder.add_entries(doc, np.full(len(hist), -1), windows[hist - h], np.full(len(hist), -1),
                                history=True)
        scored = np.arange(max(p, h), len(ids))
        if len(scored):
            builder.add_entries(doc, scored, windows[scored - h], ids[scored], history=False)
    return builder.build()


def api_audit(
    prompts: Sequence[tuple[str, str]],
    config: QueryConfig,
    cache_path: str | Path,
    *,
    key: WatermarkKey | None,
    keyring: Sequence[WatermarkKey] | None = None,
    tokenizer: str | None = None,
    alpha: float = DEFAULT_ALPHA,
    allow_partial: bool = False,
    progress: Any = None,
) -> AuditRun:
    """Query the endpoint (resumably), then score every response under the key(s)."""
    from distillguard.models import load_tokenizer

    if not prompts:
        raise DistillguardError("the prompts file is empty: nothing to audit")
    if key is None and not keyring:
        raise DistillguardError("give --key and/or --keyring")
    first = key if key is not None else keyring[0]
    width = int(first.params["context_width"])
    ours = load_tokenizer(tokenizer)
    cache = ResponseCache(cache_path)
    try:
        task = progress.add_task("querying the suspect endpoint", total=len(prompts)) if progress else None
        report = query_endpoint(prompts, config, cache,
                                progress=(lambda n: progress.advance(task, n)) if progress else None)
        require_complete(report, cache, allow_partial)
    finally:
        cache.close()
    pairs = [(p, r) for (_, p), r in zip(prompts, report.responses, strict=True) if r is not None]
    entries = response_entries(ours, pairs, width)
    n_keys = (1 if key is not None else 0) + len(keyring or [])
    keys_task = progress.add_task("scoring keys", total=n_keys) if progress else None
    result, scores = audit_result(
        "api", entries, key, keyring, alpha=alpha,
        progress=(lambda i: progress.update(keys_task, completed=i)) if progress else None,
    )
    result.update(
        responses=len(pairs),
        query=report.summary(),
        window_rule="tuples whose window seed occurs in the prompt are not scored; each PRF "
        "input scored once across all responses",
    )
    params = {
        "base_url": config.base_url,
        "model": config.model,
        "max_tokens": config.max_tokens,
        "temperature": config.temperature,
        "concurrency": config.concurrency,
        "retries": config.retries,
        "max_requests": config.max_requests,
        "max_completion_tokens": config.max_completion_tokens,
        "tokenizer": tokenizer or "smollm2",
        "alpha": alpha,
        "cache": str(cache_path),
    }
    return AuditRun(result, scores, params)
