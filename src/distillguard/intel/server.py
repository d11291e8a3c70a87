"""A standalone TAXII server app (just the intel router), for `intel serve`, tests and demos."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI


def create_app(settings: Any = None, db: Any = None) -> FastAPI:
    """FastAPI app serving /taxii2/ from `db` (default: the settings' database)."""
    from distillguard.config import load_settings
    from distillguard.intel.taxii import build_router
    from distillguard.store.db import get_database

    settings = settings or load_settings()
    db = db or get_database(settings.resolved_database_url)
    app = FastAPI(title="distillguard TAXII 2.1", docs_url=None, redoc_url=None,
                  openapi_url=None)
    app.include_router(build_router(settings, db))
    return app
