"""Self-check: generate seed 0 and print per-family account and event counts."""

from __future__ import annotations

from bench.blind_batch import summarise
from bench.monitor_blind347 import make_blind_batch

if __name__ == "__main__":
    summarise(make_blind_batch)
