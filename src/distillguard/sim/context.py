"""`SimContext`: what every traffic generator (built-in or plug-in) needs while it runs.

Why one object: campaign families and benign kinds registered from outside `sim/` should emit
events and ground truth the same way the built-in ones do, without knowing the EventBuilder's
interned columns or the truth layout. They call `add_account` with plain strings (or id
arrays) and a truth record.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np

from distillguard.sim.builder import EventBuilder
from distillguard.sim.config import SimConfig
from distillguard.sim.family_prompts import TextPools


class SimContext:
    """Builder, config, time frame, model ids and prompt pools of one simulation run."""

    def __init__(self, builder: EventBuilder, cfg: SimConfig, t0: float, truth: dict) -> None:
        self.b = builder
        self.cfg = cfg
        self.t0 = t0
        self.t_end = t0 + cfg.days * 86400.0
        self.release = t0 + cfg.release_day * 86400.0
        self.truth = truth
        self.old_ids = [builder.dicts["model"].id(m) for m in cfg.old_models]
        self.new_id = builder.dicts["model"].id(cfg.new_model)
        self.pools = TextPools()

    @cached_property
    def benign_prompts(self):  # noqa: ANN201  (BenignPrompts; imported lazily to avoid a cycle)
        """ShareGPT prompts of the "sim" half, interned once (benign users' text)."""
        from distillguard.sim.benign import BenignPrompts

        return BenignPrompts(self.b)

    def ids(self, column: str, value: str | list[str] | np.ndarray | int) -> int | np.ndarray:
        """Interned id(s) for a string column: a string → one id, a list of strings → an id
        array, ids (int or int array) pass through."""
        if isinstance(value, str) or value is None:
            return self.b.dicts[column].id(value)
        if isinstance(value, list):
            return self.b.dicts[column].ids(value)
        return value

    def add_account(
        self,
        rng: np.random.Generator,
        account: str,
        ts: np.ndarray,
        *,
        org: str | int,
        ip: str | list[str] | np.ndarray | int,
        user_agent: str | int,
        payment: str | int,
        model: str | np.ndarray | int,
        prompt: str | list[str] | np.ndarray | int,
        truth: dict | None = None,
        completion_median: float = 350.0,
        error_rate: float = 0.01,
    ) -> None:
        """Emit one account's events (`ts` epoch seconds; per-event columns as arrays of the
        same length, or one value) and, when given, its truth record
        ({"label", "campaign_id", "role", "family"})."""
        ts = np.asarray(ts, dtype=np.float64)
        self.b.add(
            ts,
            rng,
            account_id=self.ids("account_id", account),
            org_id=self.ids("org_id", org),
            ip=self.ids("ip", ip),
            user_agent=self.ids("user_agent", user_agent),
            payment_fingerprint=self.ids("payment_fingerprint", payment),
            model=self.ids("model", model),
            prompt=self.ids("prompt", prompt),
            completion_median=completion_median,
            error_rate=error_rate,
        )
        if truth is not None:
            self.truth["accounts"][account] = truth
