"""Imports every package's ORM models so Base.metadata is complete (for Alembic autogenerate).

Each package adds one line here when it adds tables.
"""

import importlib
import importlib.util

for _module in (
    "distillguard.gateway.models",
    "distillguard.review.models",
    "distillguard.intel.models",
):
    if importlib.util.find_spec(_module) is not None:
        importlib.import_module(_module)
