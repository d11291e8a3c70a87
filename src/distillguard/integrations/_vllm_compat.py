"""A stand-in for the vLLM V1 logits-processor interface types, used only when `vllm` is not
importable (CPU test machines; vLLM needs a GPU build of torch, and the `[vllm]` extra is never
installed by default).

It mirrors `vllm/v1/sample/logits_processor/interface.py` (vLLM ≥ 0.10, V1 engine): the
`LogitsProcessor` ABC (`validate_params` classmethod, `__init__(vllm_config, device,
is_pin_memory)`, `apply(logits)`, `is_argmax_invariant()`, `update_state(batch_update)`),
`BatchUpdate(batch_size, removed, added, moved)` with `added` tuples `(index, params,
prompt_tok_ids, output_tok_ids)` — `output_tok_ids` being a live reference to the request's
growing output list — `moved` tuples `(i1, i2, MoveDirectionality)`, applied in the order
removed, added, moved; and the one `SamplingParams` field the processor reads, `extra_args`
(what an OpenAI request's `vllm_xargs` becomes). Nothing here runs a model.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Any


class MoveDirectionality(Enum):
    UNIDIRECTIONAL = auto()  # i1 -> i2, i1 left empty
    SWAP = auto()  # i1 <-> i2


@dataclass
class SamplingParams:
    """The subset of vllm.SamplingParams the watermark processor reads."""

    extra_args: dict[str, Any] | None = None
    temperature: float = 1.0


@dataclass(frozen=True)
class BatchUpdate:
    batch_size: int
    removed: Sequence[int] = field(default_factory=list)
    added: Sequence[tuple[int, Any, list[int] | None, list[int]]] = field(default_factory=list)
    moved: Sequence[tuple[int, int, MoveDirectionality]] = field(default_factory=list)


class LogitsProcessor(ABC):
    @classmethod
    def validate_params(cls, sampling_params: Any) -> None:
        return None

    @abstractmethod
    def __init__(self, vllm_config: Any, device: Any, is_pin_memory: bool) -> None: ...

    @abstractmethod
    def apply(self, logits: Any) -> Any: ...

    @abstractmethod
    def is_argmax_invariant(self) -> bool: ...

    @abstractmethod
    def update_state(self, batch_update: BatchUpdate | None) -> None: ...
