"""Per-account KGW watermarks inside vLLM (V1 engine custom logits processor).

Load it into a vLLM server with
    DISTILLGUARD_VLLM_MASTER_KEY=/secrets/master.json \\
    vllm serve MODEL --logits-processors distillguard.integrations.vllm:DistillguardWatermark
(or through the `vllm.logits_processors` entry point that the `[vllm]` extra's package
declares). Each request names its caller in `vllm_xargs` — `{"dg_account": "<account id>",
"dg_epoch": <key epoch>}`, added by the gateway's `upstream_watermark = "vllm"` mode — never a
secret: the processor derives the account's key from the master file it was configured with
(`serving_key`, so only the master's current epoch is accepted) and adds δ to that key's green
tokens, exactly `KGW` of `distillguard.watermark` (same PRF tables, `prf.window_seeds`,
`prf.fmix32_torch`, threshold and δ from the scheme): `watermark detect` with the account key
finds the text.

Fail closed: a request without the xargs, with a malformed account or epoch, an account outside
the optional allow-list, or a rotated-away / future epoch is rejected in `validate_params`
(vLLM answers 400) — and `update_state` raises again if one reaches the batch, so no answer is
ever sampled unmarked. Requests are marked from the first step whose context holds h tokens
(prompt included).

The math runs on the logits' device: per row, the h-token window seed (h keyed table lookups)
and then one XOR + fmix32 + compare over the vocabulary in torch; SelfHash keys (candidate in
its own seed) use the numpy block of `KGWSelfHashProcessor` and copy it over. Without `vllm`
importable (CPU machines) the class is built on `_vllm_compat`, a stand-in for vLLM's interface
types, which the tests drive. Verified on CPU only; `bench/vllm_gpu.sh` runs it in a real vLLM.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import torch

from distillguard.errors import DistillguardError
from distillguard.integrations.vllm_args import XARG_ACCOUNT, XARG_EPOCH
from distillguard.watermark import prf
from distillguard.watermark.keys import MasterKeyFile, WatermarkKey, serving_key
from distillguard.watermark.schemes import get_scheme

if TYPE_CHECKING:
    from distillguard.watermark.processor import WatermarkProcessor
    from distillguard.watermark.schemes.kgw import KGW

try:  # the real interface when vLLM is installed (extra [vllm], GPU machines)
    from vllm.v1.sample.logits_processor import (  # type: ignore[import-not-found]
        BatchUpdate,
        LogitsProcessor,
        MoveDirectionality,
    )

    VLLM_AVAILABLE = True
except ImportError:  # CPU: the documented stand-in with the same types
    from distillguard.integrations._vllm_compat import (
        BatchUpdate,
        LogitsProcessor,
        MoveDirectionality,
    )

    VLLM_AVAILABLE = False

MASTER_ENV = "DISTILLGUARD_VLLM_MASTER_KEY"
ACCOUNTS_ENV = "DISTILLGUARD_VLLM_ACCOUNTS"  # optional allow-list file, one account id a line
_ACCOUNT_RE = re.compile(r"^[A-Za-z0-9._:@/+-]{1,200}$")
_masters: dict[str, MasterKeyFile] = {}


def _config_value(vllm_config: Any, name: str, env: str) -> str | None:
    extra = getattr(vllm_config, "additional_config", None) or {}
    value = extra.get(name) if isinstance(extra, dict) else None
    return str(value) if value else os.environ.get(env) or None


def _master_file(path: str | None) -> MasterKeyFile:
    if not path:
        raise ValueError(f"distillguard watermark: no master key configured (set {MASTER_ENV})")
    if path not in _masters:
        _masters[path] = MasterKeyFile(path)
    return _masters[path]


def _allowed_accounts(path: str | None) -> frozenset[str] | None:
    if not path:
        return None
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ValueError(f"distillguard watermark: cannot read {ACCOUNTS_ENV} file: {exc}") from None
    return frozenset(ln.strip() for ln in lines if ln.strip())


def resolve_key(extra_args: Any, master: MasterKeyFile,
                allowed: frozenset[str] | None = None) -> WatermarkKey:
    """The key a request must be marked with, from its xargs; ValueError (vLLM: HTTP 400) for
    anything else — the request never runs unmarked."""
    if not isinstance(extra_args, dict) or XARG_ACCOUNT not in extra_args or XARG_EPOCH not in extra_args:
        raise ValueError(f"distillguard watermark: vllm_xargs must carry {XARG_ACCOUNT} and "
                         f"{XARG_EPOCH} (refusing to answer unmarked)")
    account, epoch = extra_args[XARG_ACCOUNT], extra_args[XARG_EPOCH]
    if not isinstance(account, str) or not _ACCOUNT_RE.match(account):
        raise ValueError(f"distillguard watermark: invalid {XARG_ACCOUNT}")
    if isinstance(epoch, bool) or not isinstance(epoch, int):
        raise ValueError(f"distillguard watermark: {XARG_EPOCH} must be an integer")
    if allowed is not None and account not in allowed:
        raise ValueError(f"distillguard watermark: no key for account {account!r}")
    try:
        key = serving_key(master.get(), account, epoch)
    except DistillguardError as exc:
        raise ValueError(f"distillguard watermark: {exc}") from None
    if key.scheme != "kgw":
        raise ValueError(f"distillguard watermark: master scheme {key.scheme!r} cannot be applied "
                         "per request in vLLM (KGW only; see docs/watermark.md)")
    return key


class _Row:
    """One request's watermark state: its scheme (key), prompt and live output token lists."""

    __slots__ = ("scheme", "prompt", "output")

    def __init__(self, scheme: KGW, prompt: list[int] | None, output: list[int]) -> None:
        self.scheme, self.prompt, self.output = scheme, list(prompt or []), output

    def window(self, h: int) -> list[int] | None:
        out = self.output[-h:] if h else []
        if len(out) < h:
            out = self.prompt[len(out) - h:] + out
        return out if len(out) == h else None


class DistillguardWatermark(LogitsProcessor):  # type: ignore[misc]
    """vLLM V1 logits processor: per-request, per-account KGW (see the module docstring)."""

    def __init__(self, vllm_config: Any, device: Any, is_pin_memory: bool) -> None:
        self.device = torch.device(device) if device is not None else torch.device("cpu")
        self.master = _master_file(_config_value(vllm_config, "distillguard_master_key", MASTER_ENV))
        self.allowed = _allowed_accounts(_config_value(vllm_config, "distillguard_accounts", ACCOUNTS_ENV))
        self.master.get()  # a missing or corrupt master stops the server at start-up
        self.rows: dict[int, _Row] = {}
        self._tables: dict[tuple[str, int], torch.Tensor] = {}

    @classmethod
    def validate_params(cls, sampling_params: Any) -> None:
        resolve_key(getattr(sampling_params, "extra_args", None),
                    _master_file(os.environ.get(MASTER_ENV)),
                    _allowed_accounts(os.environ.get(ACCOUNTS_ENV)))

    def is_argmax_invariant(self) -> bool:
        return False  # +δ on green tokens changes greedy picks too

    def update_state(self, batch_update: BatchUpdate | None) -> None:
        if batch_update is None:
            return
        for index in batch_update.removed:
            self.rows.pop(index, None)
        for index, params, prompt, output in batch_update.added:
            key = resolve_key(getattr(params, "extra_args", None), self.master, self.allowed)
            self.rows[index] = _Row(get_scheme(key), prompt, output)  # type: ignore[arg-type]
        for a, b, direction in batch_update.moved:
            row_a, row_b = self.rows.pop(a, None), self.rows.pop(b, None)
            if row_a is not None:
                self.rows[b] = row_a
            if direction == MoveDirectionality.SWAP and row_b is not None:
                self.rows[a] = row_b

    def _token_table(self, scheme: KGW, width: int) -> torch.Tensor:
        cache = (scheme.key.key_id, width)
        table = self._tables.get(cache)
        if table is None:
            if len(self._tables) > 4096:
                self._tables.clear()
            values = scheme.token_values(width)[:width]
            table = torch.from_numpy(values.view(np.int32).copy()).to(self.device)
            self._tables[cache] = table
        return table

    def apply(self, logits: torch.Tensor) -> torch.Tensor:
        width = logits.shape[-1]
        for index, row in self.rows.items():
            scheme = row.scheme
            window = row.window(scheme.context_width)
            if window is None:
                continue  # fewer than h tokens of context: nothing to seed from yet
            ids = np.asarray(window, dtype=np.int64)
            if scheme.selfhash:
                proc = cast("WatermarkProcessor", scheme.logits_processor(width))
                block = proc.prf_block(cast("torch.LongTensor", torch.from_numpy(ids[None, :])), width)[0]
                u = torch.from_numpy(block.view(np.int32).copy()).to(logits.device)
            else:
                values = scheme.context_values(int(ids.max()) + 1)[ids][None, :]
                seed = int(prf.window_seeds(values, scheme.ordered_seeds)[0])
                seed_i32 = seed - (1 << 32) if seed >= 1 << 31 else seed
                u = prf.fmix32_torch(self._token_table(scheme, width).to(logits.device) ^ seed_i32)
            green = (u.to(torch.int64) & 0xFFFFFFFF) < scheme.threshold
            logits[index] += green.to(logits.dtype) * float(scheme.params["delta"])
        return logits
