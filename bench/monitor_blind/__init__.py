"""Blind evaluation batch for the campaign monitor (see README.md)."""

from __future__ import annotations

from typing import Any

__all__ = ["make_blind_batch"]


def __getattr__(name: str) -> Any:
    """Lazy export, so `python -m bench.monitor_blind.families` does not import the module twice."""
    if name == "make_blind_batch":
        from bench.monitor_blind.families import make_blind_batch

        return make_blind_batch
    raise AttributeError(name)
