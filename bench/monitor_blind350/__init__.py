"""Three-hundred-and-fiftieth blind evaluation batch for the campaign monitor (written independently of it).

`make_blind_batch(seed, benign_accounts)` returns the simulator's campaign-free background plus
this package's campaign families and hard-negative benign kinds, in the simulator's exact table
schema, with ground truth (`bench/blind_batch.py` assembles it). `python -m bench.monitor_blind350`
prints per-family counts.
"""

from __future__ import annotations

import pyarrow as pa
from bench.blind_batch import build_batch
from bench.monitor_blind350.families import CAMPAIGN_FAMILIES
from bench.monitor_blind350.kinds import BENIGN_KINDS

__all__ = ["make_blind_batch", "CAMPAIGN_FAMILIES", "BENIGN_KINDS"]

_SALT = 0x20E


def make_blind_batch(seed: int, benign_accounts: int = 2000) -> tuple[pa.Table, dict]:
    """Background from `simulate()` (no campaigns) plus this batch's families and kinds: the events
    (`simulate()`'s columns, types and dictionary encoding, sorted by time, clipped to the
    background's time range) and the truth `{"accounts", "campaigns", "families",
    "benign_kinds", "events", "model_release"}`."""
    return build_batch(seed, benign_accounts, CAMPAIGN_FAMILIES, BENIGN_KINDS, _SALT)
