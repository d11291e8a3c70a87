"""Old home of the stub upstream, now `distillguard.testing.make_stub`.

Kept as a re-export only for callers outside this package's owners' reach
(tests/test_monitor_apply.py); new code imports from `distillguard.testing`.
"""

from distillguard.testing import STUB_MODEL as MODEL
from distillguard.testing import make_stub

__all__ = ["MODEL", "make_stub"]
