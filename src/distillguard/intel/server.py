"""A standalone TAXII server (just the TAXII application at /taxii2), for `intel serve`, tests
and demos."""

from __future__ import annotations

from typing import Any

from starlette.applications import Starlette
from starlette.routing import Mount


def create_app(settings: Any = None, db: Any = None) -> Starlette:
    """An app serving /taxii2/ from `db` (default: the settings' database)."""
    from distillguard.config import load_settings
    from distillguard.intel.taxii import PREFIX, build_app
    from distillguard.store.db import get_database

    settings = settings or load_settings()
    db = db or get_database(settings.resolved_database_url)
    return Starlette(routes=[Mount(PREFIX, app=build_app(settings, db))])
