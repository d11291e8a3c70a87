"""Old home of the test servers, now `distillguard.testing`.

Kept as a re-export only for tests/test_monitor_apply.py (owned by the monitor work) until it
imports from `distillguard.testing`; the GeoIP and Redis helpers moved to `tests/helpers.py`.
"""

from distillguard.testing import free_port, serve_in_thread
from distillguard.testing import scratch_postgres as fresh_postgres_database

__all__ = ["free_port", "fresh_postgres_database", "serve_in_thread"]
