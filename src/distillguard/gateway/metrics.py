"""Prometheus metrics: requests, policy decisions, latency; one registry per app instance.

Labelled children are looked up once and kept: `Counter.labels()` costs a few µs per call,
which is worth saving on a path that adds well under a millisecond per request.

With `serve --workers N` every worker writes its values to memory-mapped files in
`PROMETHEUS_MULTIPROC_DIR` (prometheus_client's multiprocess mode, chosen when that variable is
set before the library is imported: `serve` sets it for its workers), and a scrape of any
worker reads every worker's files, so `/metrics` reports the sum over workers whichever one
the load balancer picked. A dead worker's counters stay in the sum (they must never go down).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"


def multiprocess_dir() -> str | None:
    """The shared metrics directory when this process is one of several workers."""
    return os.environ.get(MULTIPROC_ENV) or None

BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("distillguard_requests", "API requests by endpoint and status",
                                ["endpoint", "status"], registry=self.registry)
        self.decisions = Counter("distillguard_decisions", "Policy decisions by action",
                                 ["action"], registry=self.registry)
        self.latency = Histogram("distillguard_request_latency_seconds",
                                 "Gateway latency until the event is committed",
                                 ["endpoint"], buckets=BUCKETS, registry=self.registry)
        self.tokens = Counter("distillguard_tokens", "Tokens served", ["kind"],
                              registry=self.registry)
        self.rate_limited = Counter("distillguard_rate_limited", "Requests refused with 429",
                                    registry=self.registry)
        self.ip_throttled = Counter("distillguard_ip_throttled",
                                    "Requests refused with 429 by the per-IP throttle before "
                                    "authentication (not stored as events)",
                                    registry=self.registry)
        self.multiprocess_dir = multiprocess_dir()
        self.events_unmoved = Gauge("distillguard_events_unmoved",
                                    "Events committed to staging, not yet in gw_events",
                                    registry=self.registry, multiprocess_mode="livesum")
        self._children: dict[tuple[Any, ...], Any] = {}
        self._backlog: Callable[[], float] | None = None

    def watch_event_backlog(self, backlog: Callable[[], float]) -> None:
        """Read at scrape time: a mover that falls behind (or fails) shows as a growing number.
        Several workers share PostgreSQL, where nothing is staged: the scraped worker writes its
        own (zero) backlog to its file, and the files' live sum is reported."""
        self._backlog = backlog
        if self.multiprocess_dir is None:
            self.events_unmoved.set_function(backlog)

    def _child(self, metric: Any, *labels: str) -> Any:
        key = (metric, labels)
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = metric.labels(*labels)
        return child

    def observe(self, endpoint: str, status: int, seconds: float) -> None:
        self._child(self.requests, endpoint, str(status)).inc()
        self._child(self.latency, endpoint).observe(seconds)

    def decision(self, action: str) -> None:
        self._child(self.decisions, action).inc()

    def served_tokens(self, prompt: int, completion: int) -> None:
        self._child(self.tokens, "prompt").inc(prompt)
        self._child(self.tokens, "completion").inc(completion)

    def render(self) -> bytes:
        if self.multiprocess_dir is None:
            return generate_latest(self.registry)
        from prometheus_client import multiprocess

        if self._backlog is not None:
            self.events_unmoved.set(self._backlog())
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(  # type: ignore[no-untyped-call]
            registry, path=self.multiprocess_dir)
        return generate_latest(registry)
