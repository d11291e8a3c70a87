"""`simulate(config) -> (events, truth)`: the seeded, reproducible traffic simulator."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import numpy as np
import pyarrow as pa

from distillguard.errors import DistillguardError
from distillguard.sim.benign import add_benign
from distillguard.sim.builder import EventBuilder
from distillguard.sim.campaigns import add_campaigns
from distillguard.sim.config import SimConfig
from distillguard.sim.context import SimContext


def simulate(config: SimConfig | dict | None = None) -> tuple[pa.Table, dict]:
    """Benign + campaign traffic as one time-sorted Arrow table (contract event schema, ts in
    epoch seconds) and the ground truth:

    {"accounts": {id: {label, campaign_id, role, family}}, "campaigns": [{campaign_id, family,
    accounts, params: {operation, pacing, ip_source, payment, user_agent, cohort, pivot,
    languages, styles, ...}, pivot_ts, proxy_subnets, ...}], "families": [...], ...}.
    Benign accounts' `family` is their benign kind (ordinary_user, corporate_nat, ...)."""
    if config is None:
        config = SimConfig()
    elif isinstance(config, dict):
        try:
            config = SimConfig(**config)
        except TypeError as exc:
            raise DistillguardError(f"bad simulation config: {exc}") from None
    config.validate()
    try:
        t0 = datetime.fromisoformat(config.start).timestamp()
    except ValueError:
        raise DistillguardError(f"bad start time {config.start!r} (use RFC 3339)") from None
    truth: dict = {
        "config": config.to_dict(),
        "model_release": {"model": config.new_model, "ts": t0 + config.release_day * 86400.0},
        "accounts": {},
        "campaigns": [],
        "families": [],
    }
    builder = EventBuilder()
    ctx = SimContext(builder, config, t0, truth)
    add_benign(builder, np.random.default_rng([config.seed, 1]), config, t0, truth, ctx)
    add_campaigns(builder, np.random.default_rng([config.seed, 2]), config, t0, truth, ctx)
    table = builder.table()
    truth["events"] = table.num_rows
    return table, truth


def write_truth(truth: dict, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(truth, indent=1), encoding="utf-8")
    return path
